#!/usr/bin/env python3
"""Prepares enrich/src/main/resources/entities/given-names.txt: given names, and the sex they point to
where the data shows it. Reads only ../shared (run from the worktree or repository root):

1. ../shared/data/officials/us-congress-legislators (unitedstates/congress-legislators, CC0 1.0):
   `name.first`, `name.middle` and `name.nickname` of every current member of Congress (legislators-current.yaml) and
   every president and vice president (executive.yaml), with the person's `bio.gender`. A first name
   written with its short form in brackets ("Charles (Chuck)") gives both; initials ("J.", "J.D.") are
   not names. `name.middle` adds bearers to a name listed anyway (by a first name here or by step 2): a
   middle name points to its bearer's sex as a first name does ("Mary Anne"), but many are family names.
   A name is listed F or M when at least two people of one sex carry it and they are at least nine in
   ten of its bearers; f or m when only one person does (one person says little about a name: "Lindsey"
   is a senator's name here and mostly a woman's elsewhere); U when the sexes are more evenly mixed. This data ships with the product
   (attribution in NOTICE).
2. ../shared/train/ner/conllpp_train.txt (CoNLL-2003 English training set; training data, see
   ../shared/train/README.md): the first token of every person span of two or more tokens, listed U
   (the data says nothing of sex). A token counts only if it is written like a name (a capital, then
   lower-case letters; a hyphenated pair such as Jean-Pierre), and only if it starts a person's name
   more often than its lower-case form occurs in the corpus ("Will", "Miles" are mostly words) and at
   least as often as it is written capitalised outside person names ("Sunday", "Toronto": annotation
   slips). Only the derived word list ships, no text of the corpus.

    python3 tools/prepare_given_names.py [SHARED_DIR]      # default ../shared
"""
import collections, os, re, sys

import yaml

OUT = 'enrich/src/main/resources/entities/given-names.txt'
MIN_PEOPLE = 2
# A name counts as one sex when at least nine in ten of the people carrying it are of that sex: a rare
# bearer of the other sex does not make a plainly male or female name unisex, an even split does.
MOST = 0.9
# A name no legislator has as a first name, seen only as middle names, needs more bearers: a middle name is
# weaker evidence of how a name is used as a first name (it is often a relative's name, of either sex, and
# one country's custom: "Jean" is a middle name of American women and the first name of many French men).
MIDDLE_ONLY_PEOPLE = 3
NAME_SHAPE = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def legislator_names(shared, keys=('first', 'nickname')):
    """name (lower case) -> Counter of sex letters, from the officials data's name parts `keys`."""
    out = collections.defaultdict(collections.Counter)
    folder = os.path.join(shared, 'data', 'officials', 'us-congress-legislators')
    for file in ('legislators-current.yaml', 'executive.yaml'):
        with open(os.path.join(folder, file), encoding='utf-8') as f:
            for person in yaml.safe_load(f):
                name = person.get('name', {})
                sex = person.get('bio', {}).get('gender')
                if sex not in ('F', 'M'):
                    continue
                for key in keys:
                    for word in re.split(r'[\s()]+', name.get(key) or ''):
                        if len(word) >= 2 and word.isalpha():
                            out[word.lower()][sex] += 1
    return out


def training_names(shared):
    """Lower-case first tokens of multi-token PER spans in the CoNLL training file, filtered as above."""
    starts, lower, cap_elsewhere = collections.Counter(), collections.Counter(), collections.Counter()
    span = []

    def close():
        if len(span) > 1:
            starts[span[0]] += 1
        span.clear()

    with open(os.path.join(shared, 'train', 'ner', 'conllpp_train.txt'), encoding='utf-8') as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == '-DOCSTART-':
                close()
                continue
            token, tag = cols[0], cols[-1]
            if token.islower():
                lower[token] += 1
            if tag.endswith('PER'):
                if tag.startswith('B-'):
                    close()
                span.append(token)
            else:
                close()
                if token[:1].isupper():
                    cap_elsewhere[token] += 1
    close()
    return {w.lower() for w, n in starts.items()
            if NAME_SHAPE.match(w) and n > lower[w.lower()] and n >= cap_elsewhere[w]}


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else '../shared'
    sexed = legislator_names(shared)
    trained = training_names(shared)
    # Middle names only add bearers to names listed anyway: many are family names ("Parker", "Moore").
    first_named = set(sexed)
    for w, c in legislator_names(shared, ('middle',)).items():
        if w in sexed or w in trained:
            sexed[w].update(c)
    names = {}
    for w, c in sexed.items():
        sex, n = c.most_common(1)[0]
        if n < MOST * sum(c.values()):
            names[w] = 'U'
        elif w not in first_named and n < MIDDLE_ONLY_PEOPLE:
            names[w] = 'U'
        else:
            names[w] = sex if n >= MIN_PEOPLE else sex.lower()
    for w in trained:
        names.setdefault(w, 'U')
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as w:
        w.write('# Given names and the sex they point to (F, M: two or more people, all of one sex; f, m: one person;\n'
                '# U: unknown or both), made by tools/prepare_given_names.py\n'
                '# from ../shared only: first names and nicknames of current US legislators, presidents and vice\n'
                '# presidents with their recorded sex (unitedstates/congress-legislators, CC0 1.0), and, as U,\n'
                '# first tokens of multi-token person names in the CoNLL-2003 English training set.\n')
        w.write(''.join(f'{n} {s}\n' for n, s in sorted(names.items())))
    counts = collections.Counter(names.values())
    print(len(names), 'names ->', OUT, dict(counts), f'({len(sexed)} from the officials data, '
          f'{len(trained - set(sexed))} more from the training data)')


if __name__ == '__main__':
    main()
