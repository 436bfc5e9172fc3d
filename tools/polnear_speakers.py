#!/usr/bin/env python3
"""Speaker names and unattributed quoted terms on PolNeAR, as the real-news measures read them.

usage: polnear_speakers.py POLNEAR_SPLIT_DIR PRED.jsonl [--errors] [--sample N]

PRED.jsonl: `newsflow analyze --jsonl --verbatim POLNEAR_SPLIT_DIR/text/*.txt` (offsets index the files).
PolNeAR marks attributions (Source, Cue, Content); it has no coreference, so the speaker *name* can be
checked only where the Source is itself a name or an unnamed source. Every quoted span newsflow reports
(any length, unlike the 4-token PolNeAR metric) is classed by the gold:
- direct: at least half of it lies inside one attribution's Content; its Source is
  - named ("Sen. Jane Doe", "Doe"): the speaker must be that person (real-news name rules);
  - unnamed ("a spokesman", "officials", "two aides"): the speaker must be empty or unnamed;
  - a pronoun or a definite description ("he", "the senator"): not checkable by name; counted;
- unattributed: it overlaps no Content span at all: a quoted term or title in the annotators' view
  (a proxy for real-news "scare" quotes); it should get no speaker.
Names are compared with ../shared/eval/realnews/score.py's same_name.
"""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for cand in (os.path.join(HERE, '..', '..', 'shared', 'eval', 'realnews'), os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'realnews')):
    if os.path.exists(os.path.join(cand, 'score.py')):
        sys.path.insert(0, cand)
from score import same_name, unnamed  # noqa: E402

PRONOUNS = {'he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them', 'his', 'their', 'its', 'one'}
TITLES = {'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president',
          'senator', 'secretary', 'gen.', 'gen', 'former', 'democratic', 'republican', 'candidate', 'presidential',
          'speaker', 'leader', 'majority', 'minority', 'vice', 'chairman', 'spokesman', 'spokeswoman', 'manager',
          'campaign', 'adviser', 'advisor', 'aide', 'state', 'of', 'house', 'governor', 'attorney', 'general',
          'rev.', 'prof.', 'lt.', 'col.', 'sgt.', 'u.s.', 'ohio', 'texas', 'florida'}
FUNCTION = {'as', 'at', 'about', 'in', 'on', 'the', 'a', 'an', 'but', 'and', 'when', 'after', 'before', 'while', 'if'}
INDEFINITE = re.compile(r"^([Aa]|[Aa]n|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Oo]ne|[Oo]ther|[Aa]nother|[Mm]ost|[Ff]ew|[Bb]oth)\b"
                        r"|^[a-z][a-z ]*s$")


def spans(field):
    out = []
    for part in field.split(';'):
        s, e = part.split()
        out.append((int(s), int(e)))
    return out


def load_gold(split_dir):
    anns = sorted(glob.glob(os.path.join(split_dir, 'attributions', '*.ann')))
    first = {}
    for a in anns:
        base = os.path.basename(a)
        stem = re.sub(r'_[^_]+\.ann$', '', base)
        first.setdefault(stem, a)
    gold = {}
    for stem, a in first.items():
        t = {}
        rels = []
        for line in open(a, encoding='utf-8'):
            parts = line.rstrip('\n').split('\t')
            if parts[0].startswith('T') and len(parts) >= 2:
                kind, rest = parts[1].split(' ', 1)
                t[parts[0]] = (kind, spans(rest), parts[2] if len(parts) > 2 else '')
            elif parts[0].startswith('E') and len(parts) >= 2:
                roles = {}
                for r in parts[1].split():
                    k, v = r.split(':')
                    roles.setdefault(re.sub(r'\d+$', '', k), []).append(v)
                rels.append(roles)
        atts = []
        for r in rels:
            content = [s for tid in r.get('Content', []) if tid in t for s in t[tid][1]]
            source = [(t[tid][1], t[tid][2]) for tid in r.get('Source', []) if tid in t]
            if content:
                atts.append({'content': content, 'source': source})
        gold[stem] = atts
    return gold


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def source_kind(text):
    s = text.strip()
    low = s.lower()
    words = re.findall(r"[\w.'’-]+", s)
    if not words:
        return 'other', None
    if low in PRONOUNS or low.split()[0] in PRONOUNS and len(words) == 1:
        return 'pronoun', None
    if low.startswith(('the ', 'this ', 'that ', 'his ', 'her ', 'their ', 'its ')):
        return 'definite', None
    if INDEFINITE.match(s) and not re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+", s):
        return 'unnamed', None
    runs = []
    run = []
    for w in re.findall(r"[\w.'’-]+|[,;()]", s):
        core = w.lower().strip('.')
        if w[0].isupper() and core not in {x.strip('.') for x in TITLES} and not re.search(r"['’]s$", w):
            run.append(w)
        elif core in ('de', 'van', 'von', 'al', 'bin') and run:
            run.append(w)
        else:
            if re.search(r"['’]s$", w) and w[0].isupper():
                run.append(w[:-2])
            if run:
                runs.append(' '.join(run))
            run = []
    if run:
        runs.append(' '.join(run))
    runs = [r for r in runs if r.split()[0].lower() not in FUNCTION]
    if runs:
        # any tail of a run ("Co-anchor Jane Roe" -> "Jane Roe") may be the name
        return 'named', [' '.join(r.split()[k:]) for r in runs for k in range(len(r.split()))]
    return 'other', None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    errors = '--errors' in sys.argv
    split_dir, pred_path = args[0], args[1]
    gold = load_gold(split_dir)
    c = dict(quotes=0, unattr=0, unattr_sp=0, direct=0, named=0, named_ok=0, named_wrong=0, named_none=0,
             unn=0, unn_ok=0, pron=0, pron_sp=0, defin=0, defin_sp=0, attr=0, attr_ok=0, nosource=0)
    for line in open(pred_path, encoding='utf-8'):
        o = json.loads(line)
        stem = os.path.basename(o['input'])[:-4]
        atts = gold.get(stem)
        if atts is None:
            continue
        text = o['text']
        for q in o.get('quotes', []):
            c['quotes'] += 1
            qs = (q['start'], q['end'])
            ql = max(1, qs[1] - qs[0])
            sp = q.get('speaker')
            named_sp = sp is not None and not unnamed(sp)
            any_ov = any(overlap(qs, s) > 0 for a in atts for s in a['content'])
            ctx = text[max(0, qs[0] - 160):qs[1] + 80].replace('\n', ' ¶ ')
            if not any_ov:
                c['unattr'] += 1
                if named_sp:
                    c['unattr_sp'] += 1
                    if errors:
                        print(f'UNATTR->{sp} | {stem} | {ctx}')
                continue
            best = max(atts, key=lambda a: sum(overlap(qs, s) for s in a['content']))
            if sum(overlap(qs, s) for s in best['content']) * 2 < ql:
                continue
            c['direct'] += 1
            if not best['source']:
                c['nosource'] += 1
                continue
            stext = ' '.join(t for _, t in best['source'])
            kind, name = source_kind(stext)
            if kind == 'named':
                c['named'] += 1
                if sp is None or unnamed(sp):
                    c['named_none'] += 1
                    if errors:
                        print(f'NAMED->none gold={name!r} mention={(q.get("speakerMention") or {}).get("text")!r} | {stem} | {ctx}')
                elif any(same_name(n, sp) for n in name):
                    c['named_ok'] += 1
                else:
                    c['named_wrong'] += 1
                    if errors:
                        print(f'NAMED->wrong gold={name!r} got={sp!r} mention={(q.get("speakerMention") or {}).get("text")!r} | {stem} | {ctx}')
                if named_sp:
                    c['attr'] += 1
                    c['attr_ok'] += any(same_name(n, sp) for n in name)
            elif kind == 'unnamed':
                c['unn'] += 1
                if named_sp:
                    c['attr'] += 1
                    if errors:
                        print(f'UNNAMED->{sp} gold={stext!r} | {stem} | {ctx}')
                else:
                    c['unn_ok'] += 1
            elif kind == 'pronoun':
                c['pron'] += 1
                c['pron_sp'] += named_sp
            elif kind == 'definite':
                c['defin'] += 1
                c['defin_sp'] += named_sp

    def r(a, b):
        return a / b if b else 0.0
    checkable = c['named'] + c['unn']
    print(f"quotes {c['quotes']}; unattributed {c['unattr']}, given a speaker {c['unattr_sp']} ({r(c['unattr_sp'], c['unattr']):.3f})")
    print(f"direct {c['direct']} (no source {c['nosource']}); named sources {c['named']}: right {c['named_ok']}, "
          f"wrong {c['named_wrong']}, none {c['named_none']}; unnamed sources {c['unn']}: right {c['unn_ok']}")
    print(f"pronoun sources {c['pron']} (named speaker {c['pron_sp']}); definite descriptions {c['defin']} (named speaker {c['defin_sp']})")
    print(f"summary: speaker_right_checkable {r(c['named_ok'] + c['unn_ok'], checkable):.3f} ({c['named_ok'] + c['unn_ok']}/{checkable}) "
          f"attributed_precision_checkable {r(c['attr_ok'], c['attr']):.3f} ({c['attr_ok']}/{c['attr']}) "
          f"unattributed_given_speaker {r(c['unattr_sp'], c['unattr']):.3f}")


if __name__ == '__main__':
    main()
