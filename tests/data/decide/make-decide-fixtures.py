#!/usr/bin/env python3
# make-decide-fixtures.py: writes good.json, weak-source.json and the bad-*.json
# fixtures of tests/model/test-decide.c next to itself, and prints where each
# bad file's first problem is (LINE, COLUMN in characters), as the table in
# test-decide.c expects it.
#
# good.json is a small catalog with every field of what an authority decides
# with (fee, flags, eligibility conditions, commitment steps, how to join,
# calls, guide, short name), the glossary, Israeli authorities, synonyms,
# dataset metadata and sources on case-study parts; each bad file changes
# one of them. Run it after a format change and copy the positions.
#
# Copyright 2026 Climate Networks contributors
# SPDX-License-Identifier: GPL-3.0-or-later

import copy
import json
import os

D = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(D, '..', '..', '..', 'data', 'catalog.schema.json')


def L(en, he):
    return {'en': en, 'he': he}


def S(name):
    return [{'title': 'Test ' + name, 'url': 'https://example.org/' + name}]


def voc(*items):
    return [{'id': i, 'label': L(en, he)} for i, en, he in items]


def network(id, verified):
    return {
        'id': id,
        'name': L('Network ' + id, 'רשת ' + id),
        'kind': 'membership-network',
        'status': 'active',
        'summary': L('A network.', 'רשת.'),
        'description': L('It works.', 'היא פועלת.'),
        'eligibility': L('Cities.', 'ערים.'),
        'israel_eligibility': {'status': 'partly', 'note': L('Some of it.', 'חלק ממנה.')},
        'themes': ['mitigation'],
        'regions': ['global'],
        'website': 'https://example.org/' + id,
        'sources': S(id),
        'verified': verified,
    }


BASE = {
    'schema_version': 1,
    'dataset': {'title': L('Test dataset', 'מאגר בדיקה'), 'publisher': L('Tests', 'בדיקות'),
                'version': '2026.12.1', 'published': '2026-12-02'},
    'vocabularies': {
        'themes': voc(('mitigation', 'Mitigation', 'הפחתת פליטות')),
        'regions': voc(('global', 'Global', 'עולמי')),
        'flags': voc(('states-only', 'For states only', 'למדינות בלבד'), ('competition', 'Competition', 'תחרות')),
        'eligible_areas': voc(('global', 'Anywhere', 'מכל העולם'), ('eu-member', 'EU member states', 'מדינות האיחוד')),
        'authority_types': voc(('city', 'City', 'עיר'), ('local-authority', 'Local authority', 'רשות מקומית')),
        'synonyms': [['transport', 'mobility', 'תחבורה', 'ניידות'], ['award', 'prize', 'פרס']],
    },
    'introduction': {'title': L('Why join', 'למה להצטרף'), 'body': L('To learn.', 'כדי ללמוד.'),
                     'sources': S('introduction'), 'verified': '2026-11-28'},
    'benefits': [{'id': b, 'title': L(b, b), 'summary': L('Summary.', 'תקציר.'),
                  'explanation': L('Explanation.', 'הסבר.'), 'in_practice': L('In practice.', 'בפועל.'),
                  'sources': S(b), 'verified': '2026-11-28'}
                 for b in ('knowledge-sharing', 'resources', 'guidelines', 'partnerships', 'recognition')],
    'networks': [],
    'case_studies': [],
    'glossary': [
        {'term': 'GCoM', 'expansion': L('Global Covenant of Mayors', 'האמנה העולמית של ראשי ערים'),
         'definition': L('An alliance of cities.', 'ברית של ערים.'), 'sources': S('gcom')},
        {'term': 'CDP', 'definition': L('A disclosure system.', 'מערכת גילוי.'), 'sources': S('cdp')},
    ],
    'israeli_authorities': [
        {'authority': L('Old Town', 'עיר ותיקה'), 'text': L('It joined.', 'היא הצטרפה.'), 'year': 2013,
         'networks': ['old'], 'sources': S('old-town')},
    ],
}

old = network('old', '2025-11-30')
old['short_name'] = {'he': 'ותיקה'}
old['guide'] = L('The guide says it helps.', 'המדריך אומר שהיא עוזרת.')
old['fee'] = {'status': 'fee', 'amount': L('€450 a year', '450 אירו בשנה'), 'year': 2024, 'sources': S('fee')}
old['flags'] = ['competition']
old['eligibility_conditions'] = {
    'population_min': 50000, 'population_note': L('50,000 or more.', '50,000 ומעלה.'),
    'areas': ['global'], 'authority_types': ['city', 'local-authority'], 'process': 'competition',
    'note': L('Entries compete.', 'המועמדויות מתחרות.'), 'sources': S('conditions'),
}
old['commitment_steps'] = [
    {'what': L('Sign a letter.', 'לחתום על מכתב.'), 'due_months': 0, 'sources': S('step-1')},
    {'what': L('Report.', 'לדווח.'), 'repeat_months': 12, 'sources': S('step-2')},
]
old['how_to_join'] = {'steps': L('Apply online.', 'להגיש מקוון.'), 'contact_url': 'https://example.org/join',
                      'languages': ['en', 'fr'], 'reporting_platform': L('CDP-ICLEI Track', 'CDP-ICLEI Track'),
                      'sources': S('join')}
old['calls'] = [
    {'title': L('Edition 2025', 'מהדורת 2025'), 'kind': 'award-edition', 'opens': '2025-01-15',
     'closes': '2025-03-31', 'url': 'https://example.org/2025', 'sources': S('call-2025')},
    {'title': L('Undated call', 'קול קורא ללא תאריך'), 'kind': 'call', 'url': 'https://example.org/call',
     'sources': S('call')},
]
recent = network('recent', '2026-11-28')
recent['fee'] = {'status': 'none', 'sources': S('fee-none')}
recent['flags'] = ['states-only']
recent['calls'] = [
    {'title': L('Deadline 2024', 'מועד 2024'), 'kind': 'deadline', 'closes': '2024-06-30',
     'url': 'https://example.org/2024', 'sources': S('call-2024')},
]
BASE['networks'] = [old, recent]
BASE['case_studies'] = [{
    'id': 'town', 'title': L('Town', 'עיר'), 'summary': L('A case.', 'מקרה.'),
    'sections': [
        {'id': 'why', 'title': L('Why', 'למה'), 'body': L('Because.', 'כי.'), 'networks': ['old'],
         'sources': S('why')},
        {'id': 'lessons', 'title': L('Lessons (the app\'s reading)', 'לקחים (פרשנות היישום)'),
         'body': L('Learn.', 'ללמוד.'), 'networks': [], 'own_reading': True, 'sources': S('lessons')},
    ],
    'achievements': [{'year': 2014, 'title': L('Won', 'זכתה'), 'text': L('It won.', 'היא זכתה.'),
                      'benefit': 'recognition', 'networks': ['old'], 'sources': S('won')}],
    'timeline': [{'year': 2013, 'event': L('Joined.', 'הצטרפה.'), 'networks': ['old'], 'sources': S('joined')}],
    'sources': S('town'), 'verified': '2026-11-28',
}]


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + '\n'


def check_schema(doc):
    try:
        import jsonschema
    except ImportError:
        return
    with open(SCHEMA, encoding='utf-8') as f:
        schema = json.load(f)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(doc)]
    assert not errors, errors


def position(text, needle):
    index = text.index(needle)
    assert text.count(needle) == 1, needle
    before = text[:index]
    return before.count('\n') + 1, index - (before.rfind('\n') + 1) + 1


def write(name, doc):
    text = dump(doc)
    with open(os.path.join(D, name), 'w', encoding='utf-8') as f:
        f.write(text)
    return text


check_schema(BASE)
write('good.json', BASE)

weak = copy.deepcopy(BASE)
weak['networks'][0]['fee']['sources'] = [
    {'title': 'Fee table', 'url': 'https://www.scribd.com/document/1/fee-table'},
    {'title': 'Fee table (copy on docslib.org; original not found)', 'url': 'https://docslib.org/doc/1/fee-table'},
]
check_schema(weak)
text = write('weak-source.json', weak)
print('weak-source.json', position(text, '"url": "https://www.scribd.com'), 'networks[0].fee.sources[0].url')


def bad(name, change, needle, path):
    doc = copy.deepcopy(BASE)
    change(doc)
    text = write(name, doc)
    line, column = position(text, needle)
    print('  { "%s", %d, %d, "%s" },' % (name, line, column, path))


def n0(doc):
    return doc['networks'][0]


def setp(get, key, value):
    def change(doc):
        get(doc)[key] = value
    return change


print('bad files:')
bad('bad-fee-status.json', lambda d: n0(d)['fee'].update(status='monthly'),
    '"status": "monthly"', 'networks[0].fee.status')
bad('bad-fee-amount.json', lambda d: n0(d)['fee'].update(status='none'),
    '"amount"', 'networks[0].fee.amount')
bad('bad-flag.json', lambda d: n0(d)['flags'].append('no-such-flag'),
    '"no-such-flag"', 'networks[0].flags[1]')
bad('bad-israel-eligibility.json', lambda d: n0(d)['israel_eligibility'].update(status='maybe'),
    '"status": "maybe"', 'networks[0].israel_eligibility.status')
bad('bad-process.json', lambda d: n0(d)['eligibility_conditions'].update(process='lottery'),
    '"process": "lottery"', 'networks[0].eligibility_conditions.process')
bad('bad-area.json', lambda d: n0(d)['eligibility_conditions'].update(areas=['moon']),
    '"moon"', 'networks[0].eligibility_conditions.areas[0]')
bad('bad-population.json', lambda d: n0(d)['eligibility_conditions'].update(population_min=0),
    '"population_min": 0', 'networks[0].eligibility_conditions.population_min')
bad('bad-due-months.json', lambda d: n0(d)['commitment_steps'][0].update(due_months=-3),
    '"due_months": -3', 'networks[0].commitment_steps[0].due_months')
bad('bad-step-sources.json', lambda d: n0(d)['commitment_steps'][1].pop('sources'),
    '"what": {\n            "en": "Report."', 'networks[0].commitment_steps[1]')
bad('bad-contact-url.json', lambda d: n0(d)['how_to_join'].update(contact_url='javascript:alert(1)'),
    '"contact_url"', 'networks[0].how_to_join.contact_url')
bad('bad-language.json', lambda d: n0(d)['how_to_join'].update(languages=['en', 'English']),
    '"English"', 'networks[0].how_to_join.languages[1]')
bad('bad-call-date.json', lambda d: n0(d)['calls'][0].update(opens='2025-02-30'),
    '"opens": "2025-02-30"', 'networks[0].calls[0].opens')
bad('bad-call-order.json', lambda d: n0(d)['calls'][0].update(opens='2025-04-01'),
    '"closes": "2025-03-31"', 'networks[0].calls[0].closes')
bad('bad-call-kind.json', lambda d: n0(d)['calls'][1].update(kind='party'),
    '"kind": "party"', 'networks[0].calls[1].kind')
bad('bad-short-name.json', lambda d: n0(d).update(short_name={}),
    '"short_name": {}', 'networks[0].short_name')
bad('bad-authority-reference.json', lambda d: d['israeli_authorities'][0].update(networks=['no-such-network']),
    '"no-such-network"', 'israeli_authorities[0].networks[0]')
bad('bad-glossary-duplicate.json', lambda d: d['glossary'][1].update(term='gcom'),
    '"term": "gcom"', 'glossary[1].term')
bad('bad-dataset-date.json', lambda d: d['dataset'].update(published='2026-12-32'),
    '"published": "2026-12-32"', 'dataset.published')
bad('bad-synonyms.json', lambda d: d['vocabularies']['synonyms'].append(['alone']),
    '"alone"', 'vocabularies.synonyms[2]')
bad('bad-own-reading.json', lambda d: d['case_studies'][0]['sections'][1].update(own_reading='yes'),
    '"own_reading": "yes"', 'case_studies[0].sections[1].own_reading')
bad('bad-timeline-source.json',
    lambda d: d['case_studies'][0]['timeline'][0].update(sources=[{'title': 'x', 'url': 'file:///etc/passwd'}]),
    '"url": "file:///etc/passwd"', 'case_studies[0].timeline[0].sources[0].url')
# Only with CN_CATALOG_FLAGS_REQUIRE_TRANSLATIONS: a call title without Hebrew.
bad('bad-call-missing-he.json', lambda d: n0(d)['calls'][0].update(title={'en': 'Edition 2025'}),
    '"title": {\n            "en": "Edition 2025"\n          }', 'networks[0].calls[0].title')
