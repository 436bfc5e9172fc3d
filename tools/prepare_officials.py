#!/usr/bin/env python3
"""Builds the default watchlist (enrich/src/main/resources/officials/default-watchlist.csv).

Run from the repository root:
    python3 tools/prepare_officials.py --data ../shared/data [--as-of YYYY-MM-DD] [--report FILE.md]
Inputs (see ../shared/data/SOURCES.tsv): the CIA World Factbook's chief-of-state and head-of-government
fields (public domain, factbook_executives_raw.tsv) and unitedstates/congress-legislators (CC0).

Output columns: id, name, aliases, title, country, family, middle, since (the ISO day the official took the office: the Factbook's "since", the current term's start for the US).
- aliases: other full names of the person, '|'-separated: the name without middle names, nicknames the
  sources give ("BongBong", "(Sam)", "also spelled ..."), common English short forms of given names
  (Christopher -> Chris), the forms of hyphenated or double family names that the Factbook marks by
  capitals (Ali Hoseini-KHAMENEI -> Ali Khamenei), transliteration variants (tools/official-name-variants.tsv)
  and, for a monarch or pope without a family name, title + name ("King Abdallah").
- family: the family name(s) by which news refers to the person alone ("Netanyahu"; "Xi" for XI Jinping,
  whose family name comes first), '|'-separated; '-' for a name without one (a monarch's regnal name,
  "HAMAD bin Isa Al-Khalifa").
- middle: the middle name(s) or initials the name itself does not show, space-separated (congress-legislators'
  `middle`, else the initials between the first and last word of `official_full`: "Neely" for John Kennedy,
  "M." for Timothy M. Kennedy); empty when unknown (the Factbook writes every given name in the name). The
  matcher rejects a mention whose middle name or initial contradicts them ("John F. Kennedy").

Every Factbook row is accounted for: each person it names becomes an official, or is merged with the same
person of another row, or is reported as dropped with the reason (--report writes the list as Markdown).
"""
import argparse, csv, datetime, html, os, re, sys, unicodedata

OUT = 'enrich/src/main/resources/officials/default-watchlist.csv'
HERE = os.path.dirname(os.path.abspath(__file__))

# Words of office titles as the Factbook writes them before a name.
TITLE_WORDS = set('''President Prime Minister Ministers King Queen General Governor Governor-General Chair Chairman
Chairperson Commander-in-Chief Armed Forces Sovereign Council Co-prince Archbishop Sultan Amir Emir Chancellor Premier
Chief Executive Administrator Prefect High Commissioner Lieutenant-Governor Lieutenant Crown Prince Pope Grand Duke
Emperor Leader Interim Transitional Transition Vice Vice-Marshal Air State Affairs Commission Supreme People's Assembly
Mayor Island Territorial Acting Captain Captains Regent Regents Federal Presidential Secretary Foreign Political Co-Vice
Head Lord Governorate Pontifical Government Presidency Cabinet Confederation Swiss Field Marshal Marshal Lt. Gen. Gen.
Sr. Col. Capt. Colonel Brigadier Major Deputy First Second Principal Chief Chief-Minister National Ruler Military Junta
Revolutionary Guide Cardinal Bishop Monsignor Taoiseach Bailiff Commander Commonwealth Caretaker Executive Republic
Taliban Superior Minister'''.split())
# Words that honour a person but are not part of the name by which news names them.
HONORIFICS = {'Sir', 'Dame', 'Dr.', 'Dr', 'Lord', 'Lady', 'Sheikh', 'Shaykh'}
# Lower-case name particles that stay inside a name ("CORREIA e SILVA", "bin Abd al-Aziz").
PARTICLES = {'e', 'i', 'y', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von',
             'der', 'den', 'ter', 'bin', 'binti', 'ibn', 'ibni', 'bint', 'al', 'el', 'ould', 'ag'}
CAPITAL_PARTICLES = {'De', 'Da', 'Del', 'Della', 'Di', 'Du', 'La', 'Le', 'Van', 'Von', 'Der', 'Al', 'El', 'Dos'}
ROMAN = re.compile(r'^(X{0,3})(IX|IV|V?I{0,3})$')
SUFFIXES = {'Jr.', 'Jr', 'Sr.', 'Sr'}
NOT_SURNAMES = {'UK', 'US', 'USA', 'EU', 'RN', 'BFC', 'GNU', 'CNSP'}
# first given names that open a compound given name: "Abdel Fattah", "Abd-al-Hamid" keep their second word
COMPOUND_OPENERS = {'abd', 'abdel', 'abdul', 'abdoul', 'abu', 'abou'}


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).lower()


def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


def caps_part(tok):
    """A word the Factbook writes in capitals to mark the family name: TRUMP, al-BURHAN, SASSOU-Nguesso."""
    t = tok.strip(',;:')
    if t in NOT_SURNAMES:
        return False
    for part in re.split(r"-", t):
        letters = re.sub(r"[^\w]", '', part)
        if len(letters) >= 2 and letters.upper() == letters and not re.fullmatch(r'([A-Z]\.)+', part) and re.search(r'[A-Z\u00C0-\u00DE]', letters) \
                and not letters.isdigit():
            return True
    return False


def cap_word(t):
    """Title-case a word written in capitals, keeping lower-case particles: 'AL-BURHAN' -> 'Al-Burhan'."""
    def one(w):
        if not w:
            return w
        if w.lower() in ('al', 'el', 'bin', 'ibn') and w.islower():
            return w
        if w.upper() == w:
            return w[:1] + w[1:].lower()
        return w
    return '-'.join(one(p) for p in t.split('-'))


def caps_only(t):
    """The capitalised parts of a mixed hyphenated family name: 'Hoseini-KHAMENEI' -> 'Khamenei'."""
    parts = [p for p in t.split('-') if len(re.sub(r"[^\w]", '', p)) >= 2 and p.upper() == p]
    return '-'.join(cap_word(p) for p in parts) if parts and len(parts) < len(t.split('-')) else None


def load_country_codes(data):
    names = {}
    with open(os.path.join(data, 'gazetteer/world-countries-5.1.0_countries_demonyms.tsv'), encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        independent = {}
        for line in f:
            r = dict(zip(header, line.rstrip('\n').split('\t')))
            for n in [r['name_common'], r['name_official']] + r['altSpellings'].split('|'):
                if n:
                    names.setdefault(n.lower(), r['cca2'])
            independent[r['cca2']] = r.get('independent') == 'True'
    # Factbook spellings the country table writes differently
    names.update({'drc': 'CD', 'congo (brazzaville)': 'CG', 'congo (kinshasa)': 'CD', 'burma': 'MM',
                  'korea, south': 'KR', 'korea, north': 'KP', 'gambia, the': 'GM', 'bahamas, the': 'BS',
                  'the bahamas': 'BS', 'the gambia': 'GM',
                  'micronesia, federated states of': 'FM', 'saint helena, ascension, and tristan da cunha': 'SH',
                  'holy see (vatican city)': 'VA', 'turkey (turkiye)': 'TR', 'czechia': 'CZ', 'timor-leste': 'TL',
                  "cote d'ivoire": 'CI', 'eswatini': 'SZ', 'cabo verde': 'CV', 'european union': 'EU',
                  'west bank': 'PS', 'gaza strip': 'PS', 'virgin islands': 'VI', 'british virgin islands': 'VG',
                  'saint martin': 'MF', 'sint maarten': 'SX', 'curacao': 'CW',
                  'falkland islands (islas malvinas)': 'FK', 'heard island and mcdonald islands': 'HM',
                  'kosovo': 'XK', 'turkey': 'TR', "côte d'ivoire": 'CI', 'saint barthelemy': 'BL',
                  'the dominican': 'DO', 'akrotiri': 'GB', 'dhekelia': 'GB', 'pitcairn islands': 'PN',
                  'swiss confederation': 'CH', 'french polynesia': 'PF',
                  'svalbard (sometimes referred to as spitsbergen, the largest island in the archipelago)': 'SJ'})
    return names, independent


def country_name_words(names):
    """Country names as word tuples (to recognise 'of New Zealand' inside a title)."""
    out = set()
    for n in names:
        w = tuple(n.split())
        if 1 <= len(w) <= 4 and len(n) > 3 and all(x[:1].isalpha() for x in w):
            out.add(w)
    return out


def split_segments(text):
    """The people a Factbook field names: split at ';' and ', represented by' outside parentheses."""
    text = re.sub(r',\s*(represented by)', r'; \1', text)
    out, depth, cur = [], 0, ''
    for ch in text:
        depth += ch == '('
        depth -= ch == ')'
        if ch == ';' and depth == 0:
            out.append(cur.strip())
            cur = ''
        else:
            cur += ch
    out.append(cur.strip())
    return [s for s in out if s]


RANKS = {'Col.', 'Gen.', 'General', 'Capt.', 'Lt.', 'Sr.', 'Brigadier', 'Colonel', 'Major', 'Field', 'Marshal',
         'Air', 'Vice-Marshal', 'Commander'}
# words that open a Factbook clause before the office ("and Co-prince ...", "co-chiefs of state ...")
LEADS = re.compile(r'^(and|co-chiefs of state|overall|both reside in the UK and are|the UK and New Zealand are)\s+',
                   re.I)


class Person:
    """A person a Factbook segment names: written name, office title, family names, alias sources."""

    def __init__(self, name, title, family, notes, given=(), rest=(), regnal=None, suffix=None, caps=()):
        self.name, self.title, self.family, self.notes = name, title, list(family), list(notes)
        self.given, self.rest, self.regnal, self.suffix, self.caps = list(given), list(rest), regnal, suffix, list(caps)
        self.monarch = not self.given and regnal is not None
        self.patronymic = not self.given and bool(self.rest) and re.match(r'^(bin|ibn|ibni|bint|al-)', self.rest[0]) is not None
        self.family_first = not self.given and bool(self.rest) and not self.patronymic


def clean_title(words, field):
    title = ' '.join(w for w in words if w not in HONORIFICS)
    title = re.sub(r'^(the|and)\s+', '', title).strip(' ,')
    title = re.sub(r',', '', title)
    core = [w for w in title.split() if w not in RANKS]
    if core:
        title = ' '.join(core)
    if not title:
        title = 'Head of State' if field == 'chief of state' else 'Head of Government'
    return title


def parse_person(seg, field, country_words):
    """One Factbook segment -> (Person, None) or (None, the reason it names nobody who holds the office)."""
    notes = []
    m = re.search(r'\(also spelled ([^)]*)\)', seg)
    if m:
        notes.append(('respell', m.group(1).strip()))
    nick = re.search(r'"([^"]+)"|\(([A-Z][a-z]+)\)', seg)
    if nick:
        notes.append(('nickname', (nick.group(1) or nick.group(2)).strip()))
    role = re.search(r'\(([a-z][a-z ]+?) since', seg)
    s = re.sub(r'"[^"]*"', ' ', seg)
    s = re.sub(r'\([^)]*\)', ' ', s)
    s = re.sub(r'\[[^]]*\]', ' ', s)
    s = re.sub(r'\s+', ' ', s).strip()
    low = s.lower()
    if low.startswith('also spelled'):
        return None, 'another spelling of the person before it (kept as an alias)'
    if low.startswith('note') or low.startswith('also referred to'):
        return None, 'a note, not a person'
    if 'former ' in low or 'overthrown' in low:
        return None, 'a former office holder'
    if 'vacant' in seg.lower():
        return None, 'the office is vacant'
    if re.search(r'\bis the\b|\bis effectively\b', low):
        return None, 'a sentence about a person named in another segment'
    s = LEADS.sub('', s)
    rep = False
    if 'represented by' in s.lower():
        rep = True
        s = s[s.lower().index('represented by') + len('represented by'):].strip()
    if s[:1].islower():
        return None, 'a note, not a person'
    toks = s.split()
    # the family name: the first word in capitals that is not an acronym before a title ("GNU Interim ...")
    # nor a regnal number after a name in capitals ("CHARLES III"); a leading "XI" or "LI" is a family name
    fam_i = None
    for i, t in enumerate(toks):
        if re.fullmatch(r'([A-Z]\.)+,?', t) or not caps_part(t):
            continue
        if re.fullmatch(r'[A-Z]{2,}', t) and i + 1 < len(toks) and toks[i + 1] in TITLE_WORDS:
            continue
        if ROMAN.match(t.strip(',')) and i > 0 and caps_part(toks[i - 1]):
            continue
        fam_i = i
        break
    if fam_i is None:
        # no capitals (the Factbook wrote the name normally): the segment must read as a name
        words = [t.strip(",'") for t in toks if t not in TITLE_WORDS]
        if toks and all(t[:1].isupper() or re.match(r"^(al|el|bin)-", t) for t in toks) and 2 <= len(words) <= 4:
            title = clean_title([t for t in toks if t in TITLE_WORDS], field)
            return Person(' '.join(words), title, [words[-1]], notes, given=words[:-1]), None
        return None, 'no name found'
    # given names before the family name: capitalised words back to a title word, an honorific, a
    # lower-case word or a country name closing the title ("Governor-General of New Zealand Cindy KIRO")
    start = fam_i
    while start > 0:
        t = toks[start - 1]
        if t in TITLE_WORDS or t in HONORIFICS or t.endswith(',') or t.endswith(':'):
            break
        if not t[:1].isupper() and not (t in PARTICLES and start == fam_i) and not re.match(r"^[dl]'[A-Z]", t):
            break
        ends_country = any(tuple(x.lower() for x in toks[k:start]) in country_words
                           and k > 0 and (toks[k - 1] in ('of', 'to', 'the') or toks[k - 1] in TITLE_WORDS)
                           for k in range(max(0, start - 4), start))
        if ends_country:
            break
        start -= 1
    fam_start = fam_i
    while fam_start > start and (toks[fam_start - 1] in PARTICLES or toks[fam_start - 1] in CAPITAL_PARTICLES):
        fam_start -= 1  # "Timothy Le COCQ", "Lindsay de SAUSMAREZ": the particle belongs to the family name
    given = toks[start:fam_start]
    end = fam_i + 1
    while end < len(toks) and not toks[end - 1].endswith(',') and (
            caps_part(toks[end]) and not ROMAN.match(toks[end].strip(','))
            or toks[end] in PARTICLES and end + 1 < len(toks) and caps_part(toks[end + 1])):
        end += 1
    caps = toks[fam_i:end]
    family_toks = toks[fam_start:end]
    # after it: given names written second (XI Jinping), maternal surnames (SHEINBAUM Pardo), particles
    # ("bin Abd al-Aziz Al Saud"), a regnal number (CARL XVI GUSTAF) or a generational suffix (WHIPPS, Jr.)
    rest, regnal, suffix = [], None, None
    j = end
    while j < len(toks) and not toks[j - 1].endswith(','):
        t = toks[j].strip(',')
        if ROMAN.match(t):
            regnal = t
        elif (t[:1].isupper() or t in PARTICLES or re.match(r'^(al|el|bin)-', t)) \
                and (t not in TITLE_WORDS or t == 'Sultan'):
            rest.append(t)
        else:
            break
        j += 1
    if j < len(toks) and toks[j].rstrip(',').rstrip('.') in ('Jr', 'Sr'):
        suffix = toks[j].rstrip(',').rstrip('.') + '.'
    written = [t.strip(',') if k > fam_i and t.strip(',') == regnal else cap_word(t.strip(',')) if caps_part(t)
               else t.strip(',') for k, t in enumerate(toks[start:j], start)]
    name = ' '.join(written) + (', ' + suffix if suffix else '')
    title = clean_title(toks[:start], field)
    if not toks[:start] and role:
        title = role.group(1).strip().title()
    if rep:
        title += ' (representative of the head of state)'
    family_written = ' '.join(cap_word(t.strip(',')) if caps_part(t) else t.strip(',') for t in family_toks)
    rest_written = [cap_word(t) if caps_part(t) else t for t in rest]
    p = Person(name, title, [], notes, given=[t.strip(',') for t in given], rest=rest_written, regnal=regnal,
               suffix=suffix, caps=[cap_word(t.strip(',')) for t in caps])
    if re.search(r'\b(King|Queen|Emperor|Pope|Prince|Grand Duke|Sultan|Amir|Emir)$', title) and not given \
            and (regnal or not rest):
        p.monarch = True  # "King PHILIPPE", "Grand Duke GUILLAUME": a regnal name, no family name
    if not p.monarch and not p.patronymic:
        p.family.append(family_written)
        mixed = [caps_only(t.strip(',')) for t in caps if '-' in t and caps_only(t.strip(','))]
        if len(caps) == 1 and mixed:
            p.family.append(mixed[0])  # "Ali Hoseini-KHAMENEI" is "Khamenei"
        if len(caps) > 1 and not set(toks[fam_start:fam_i]) and fold(caps[0]) not in PARTICLES \
                and fold(caps[1]) not in PARTICLES and given:
            p.family.append(cap_word(caps[0]))  # "Pedro SANCHEZ PEREZ-CASTEJON" is "Sanchez"
        if given and rest and not regnal:
            p.family.append(family_written + ' ' + ' '.join(rest_written))  # "Lula da Silva", "Sheinbaum Pardo"
    return p, None


def factbook_aliases(p):
    """Other full names of a Factbook person (see the module docstring)."""
    out = []
    head = next((w for w in reversed(p.title.split()) if w in ('King', 'Queen', 'Pope', 'Emperor', 'Prince', 'Duke',
                                                              'Sultan', 'Amir', 'Emir')), '')
    if p.monarch or p.patronymic or (head and not p.given and not p.family_first):
        base = ' '.join(p.caps)
        if head:
            out += [f'{head} {base}'] + ([f'{head} {base} {p.regnal}'] if p.regnal else [])
            if head == 'Duke':
                out.append(f'Grand Duke {base}')
        if p.patronymic and len(p.caps) > 1:
            out.append(base)  # "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud" is "Muhammad Bin Salman"
        for kind, v in p.notes:
            if kind == 'respell':
                out.append(f'{head} {v.title()}'.strip())
        return out
    fam = p.family[0] if p.family else ''
    if p.family_first:
        for kind, v in p.notes:
            if kind == 'respell':
                out.append(' '.join([v.title()] + p.rest))
        return out
    for f in p.family[1:]:
        out.append(' '.join(p.given + [f]))
    if len(p.given) > 1 and len(fold(fam)) >= 4:
        # "Matamela Cyril RAMAPHOSA" is also "Cyril Ramaphosa"; a compound given name stays whole ("Abdel Fattah")
        if fold(p.given[0]) in COMPOUND_OPENERS or re.match(r'(?i)^abd-', p.given[0]):
            singles = [p.given[:2]] if len(p.given) > 2 else []
        else:
            singles = [[g] for g in p.given if len(g) > 2 and not g.endswith('.')
                       and not re.search(r'(ovich|evich|ovna|evna)$', g)]  # not a patronymic
        for g in singles:
            for f in p.family:
                out.append(' '.join(g + [f]))
    if p.rest and not p.regnal:
        out.append(' '.join(p.given + [fam]))  # without the maternal surname
    for kind, v in p.notes:
        if kind == 'nickname':
            out.append(f'{v.title()} {fam}')
        elif kind == 'respell':
            out.append(' '.join(p.given + [v.title()]))
    return out


def read_variants():
    """Transliteration variants: each line lists spellings of one name word, tab-separated."""
    groups = []
    path = os.path.join(HERE, 'official-name-variants.tsv')
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            groups.append([w.strip() for w in line.rstrip('\n').split('\t') if w.strip()])
    return groups


def read_short_forms():
    """English short forms of given names: formal<TAB>short,short."""
    out = {}
    with open(os.path.join(HERE, 'given-name-short-forms.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            formal, shorts = line.rstrip('\n').split('\t')
            out[formal] = [s.strip() for s in shorts.split(',') if s.strip()]
    return out


def with_variants(names, groups):
    """Each name with every word replaced by its listed spellings and Slavic '-yy/-iy/-y' endings."""
    index = {}
    for g in groups:
        for w in g:
            index[fold(w)] = g
    out = []
    for n in names:
        words = n.split()
        for i, w in enumerate(words):
            alts = [x for x in index.get(fold(w), []) if fold(x) != fold(w)]
            m = re.match(r'^(.*[^aeiouy])(yy|iy)$', w)
            if m and len(w) >= 6:
                alts += [m.group(1) + e for e in ('yy', 'iy', 'y') if m.group(1) + e != w]
            for a in alts:
                out.append(' '.join(words[:i] + [a] + words[i + 1:]))
    return out


def prepare(data, as_of, report_path=None):
    names, independent = load_country_codes(data)
    country_words = country_name_words(names)
    groups = read_variants()
    short_forms = read_short_forms()
    officials = {}   # slug -> row dict
    accounting = []  # (fb, country, field, segment, outcome)
    best = {}
    unknown = []
    with open(os.path.join(data, 'officials/factbook/factbook_executives_raw.tsv'), encoding='utf-8') as f:
        f.readline()
        for line in f:
            fb, country, field, text = line.rstrip('\n').split('\t')[:4]
            country = html.unescape(country)
            cc = names.get(country.lower()) or names.get(re.sub(r'^the ', '', country.lower()))
            if cc is None:
                unknown.append((fb, country, field, text))
                accounting.append((fb, country, field, text[:80], 'dropped: a summary row, not a country'))
                continue
            previous = None
            for seg in split_segments(html.unescape(text)):
                parts = [seg]
                m2 = re.match(r'^(.*?[A-Z]{2,}[^ ]*(?: \([^)]*\))?) and ([A-Z][\w-]+ [A-Z]{2,}.*)$', seg)
                if m2:  # "Captains Regent Matteo ROSSI and Lorenzo BUGLI": two people, one title
                    first, _ = parse_person(m2.group(1), field, country_words)
                    lead = first.title if first else ''
                    parts = [m2.group(1), (lead + ' ' if lead else '') + m2.group(2)]
                for part in parts:
                    p, reason = parse_person(part, field, country_words)
                    if p is None:
                        if reason.startswith('another spelling') and previous is not None:
                            previous.notes.append(('respell', re.sub(r'\(.*', '', part.split('spelled', 1)[1]).strip()))
                        accounting.append((fb, country, field, part, 'dropped: ' + reason))
                        continue
                    previous = p
                    key = slug(re.sub(r', (Jr|Sr)\.$', '', p.name))
                    rep = 'representative' in p.title
                    score = (0 if rep else 4) + (2 if independent.get(cc) else 0) \
                        + (0 if 'represented by' in text else 1) + (0 if p.title.lower().startswith('co-') else 1)
                    if key not in best or score > best[key][0]:
                        best[key] = (score, p, cc, since_date(part))
                    accounting.append((fb, country, field, part, key))
    rows = []
    seen = set()
    with open(os.path.join(data, 'officials/us-congress-legislators/us_officials_compact.tsv'), encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            r = dict(zip(header, line.rstrip('\n').split('\t')))
            if r['term_end'] and r['term_end'] < as_of:
                continue  # former presidents and vice presidents are not current officials
            first = r['nickname'] or r['first']
            name = re.sub(r'\s+', ' ', re.sub(r'"[^"]*"|\([^)]*\)', ' ', r['official_full'])).strip() \
                or f"{first} {r['last']}"
            aliases = []
            givens = [r['first']] + ([r['nickname']] if r['nickname'] else [])
            for g in list(givens):
                givens += short_forms.get(g, [])
            for g in givens:
                aliases.append(f"{g} {r['last']}")
            aliases.append(r['official_full'])
            aliases += [a for a in (r['other_names'] or '').split('|')]
            key = slug(name)
            if key in seen:
                continue
            seen.add(key)
            rows.append(finish('us-' + (r['bioguide'] or r['wikidata'] or key).lower(), name, aliases, r['title'],
                               'US', [r['last']], groups) + (middle_names(r), r['term_start']))
    kept = {}
    alias_of = {}
    for key, (score, p, cc, since) in best.items():
        if key in seen or key in alias_of:
            kept[key] = 'us' if key in seen else 'fb'  # the same person under another row's name or alias
            continue
        seen.add(key)
        # no alias without the suffix: "Ferdinand MARCOS, Jr." without "Jr." names his father
        row = finish(f'fb-{key}', p.name, factbook_aliases(p), p.title, cc, p.family, groups) + ('', since)
        for a in row[2].split('|'):
            alias_of.setdefault(slug(a), key)
        rows.append(row)
        kept[key] = 'fb'
    with open(OUT, 'w', encoding='utf-8', newline='') as out:
        w = csv.writer(out, lineterminator='\n')
        w.writerow(['id', 'name', 'aliases', 'title', 'country', 'family', 'middle', 'since'])
        for row in rows:
            w.writerow(row)
    print(f'officials {len(rows)} ({sum(1 for r in rows if r[0].startswith("us-"))} US Congress and executive, '
          f'{sum(1 for r in rows if r[0].startswith("fb-"))} Factbook)', file=sys.stderr)
    dropped = [a for a in accounting if a[4].startswith('dropped')]
    merged = [a for a in accounting if not a[4].startswith('dropped') and kept.get(a[4]) == 'us']
    print(f'factbook segments {len(accounting)}: {len(accounting) - len(dropped)} people '
          f'({len(merged)} already listed from congress-legislators), {len(dropped)} dropped', file=sys.stderr)
    if report_path:
        with open(report_path, 'w', encoding='utf-8') as r:
            r.write('| code | country | field | text | reason |\n|---|---|---|---|---|\n')
            for fb, country, field, seg, outcome in dropped:
                r.write(f'| {fb} | {country} | {field} | {seg[:90].replace("|", "/")} | {outcome[9:]} |\n')
    return rows, accounting


MONTHS = {m: i for i, m in enumerate(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov',
                                       'dec'], 1)}


def since_date(seg):
    """The ISO day of the segment's first "since" ("since 30 July 2024"); a month or year alone gives its last day
    (an article before that day cannot be sure to mean this holder), '' when the segment has none."""
    m = re.search(r'since (?:(\d{1,2}) )?(?:([A-Z][a-z]{2,8})\.? )?(\d{4})\b', seg)
    if not m:
        return ''
    year = int(m.group(3))
    month = MONTHS.get((m.group(2) or '')[:3].lower())
    if m.group(2) and month is None:
        return ''
    if month is None:
        return f'{year}-12-31'
    if m.group(1):
        day = int(m.group(1))
    else:
        nxt = datetime.date(year + (month == 12), month % 12 + 1, 1)
        day = (nxt - datetime.timedelta(days=1)).day
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ''


def middle_names(r):
    """A member's middle name(s): the source's `middle`, else initials inside `official_full` ("Timothy M. Kennedy")."""
    middle = re.sub(r'\s+', ' ', r.get('middle') or '').strip()
    if middle:
        return middle
    words = re.sub(r'"[^"]*"|\([^)]*\)', ' ', r['official_full']).replace(',', ' ').split()
    return ' '.join(w for w in words[1:-1] if re.fullmatch(r'[A-Z]\.', w))


def finish(oid, name, aliases, title, cc, families, groups):
    clean = []
    for a in aliases + with_variants([name] + aliases, groups):
        a = re.sub(r'\s+', ' ', a).strip()
        if a and fold(a) != fold(name) and fold(a) not in [fold(x) for x in clean] and len(a.split()) >= 2:
            clean.append(a)
    fams = []
    for fam in families + with_variants(families, groups):
        if fam and fold(fam) not in [fold(x) for x in fams]:
            fams.append(fam)
    return (oid, name, '|'.join(clean), title, cc, '|'.join(fams) or '-')


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='../shared/data')
    ap.add_argument('--as-of', default=datetime.date.today().isoformat(),
                    help='officials whose term ended before this date are left out (default: today)')
    ap.add_argument('--report', help='write the dropped Factbook segments as a Markdown table')
    args = ap.parse_args()
    prepare(args.data, args.as_of, args.report)
