/**
 * English texts of the demo offers and organisations, written by hand from the
 * German base text in demo-offers-data.ts (same codes). Place names keep the
 * English district labels of the reference data.
 */

import type { DemoTranslations } from './demo-offers-data.js';

const centreTopics =
  'help with everyday life and housing, advice on nursery (Kita), school and education, health advice, help in dealing with the authorities, and support with vocational training, work and learning German.';

export const demoTranslationsEn: DemoTranslations = {
  offers: {
    'beratung-dezentral-mitte': {
      title: 'Counselling for refugees living in their own flat – City centre and Old town',
      description: `Drop-in counselling for asylum seekers and people with a Duldung (tolerated stay) who live in a flat in the City centre or the Old town: ${centreTopics} Counselling is free and confidential; an interpreter is arranged if needed.`,
    },
    'beratung-dezentral-sued': {
      title: 'Counselling for refugees living in their own flat – South End and Garden City',
      description: `Caritas advises asylum seekers and people with a Duldung in the South End and Garden City who no longer live in a shared accommodation centre: ${centreTopics} Come to the drop-in hours without an appointment, or arrange one.`,
    },
    'beratung-dezentral-west': {
      title: 'Counselling for refugees living in their own flat – West End and Lindenau North',
      description: `At its neighbourhood office in the West End, Diakonie advises asylum seekers and people with a Duldung from the West End and Lindenau North: ${centreTopics} On Thursdays there are consultation hours in Lindenau North.`,
    },
    'beratung-dezentral-kirchberg': {
      title: 'Counselling for refugees living in their own flat – Kirchberg and Eichwald',
      description: `For asylum seekers and people with a Duldung who have moved from the shared accommodation centre into a flat in Kirchberg or Eichwald: ${centreTopics} Our own staff advise in Dari, Pashto and Tigrinya.`,
    },
    'beratung-dezentral-neustadt': {
      title: 'Counselling for refugees living in their own flat – New Town, Harbour district and Brühl',
      description: `At the New Town community centre, AWO advises asylum seekers and people with a Duldung from the New Town, the Harbour district and Brühl: ${centreTopics} Women can come to separate consultation hours with a female counsellor.`,
    },
    'beratung-dezentral-ost': {
      title: 'Counselling for refugees living in their own flat – East End and Feldmark',
      description: `The German Red Cross (DRK) advises asylum seekers and people with a Duldung who live in a flat in the East End or Feldmark: ${centreTopics} In exceptional cases, a member of staff can accompany you to appointments.`,
    },
    'dezentral-mitte-gesundheit': {
      title: 'Health consultation: treatment vouchers, finding a doctor and vaccinations',
      description:
        'Help with health care under the Asylum Seekers’ Benefits Act: applying for treatment vouchers (Behandlungsschein), finding a family doctor or paediatrician, and catching up on vaccinations. If needed, we arrange an interpreter for your doctor’s appointment.',
    },
    'dezentral-sued-wohnen': {
      title: 'Consultation hours: finding a flat and understanding your tenancy agreement',
      description:
        'We help you look for a flat and apply for your rent to be covered, and we explain tenancy agreements, service charges and house rules. Please bring your official notices and any flat offers you have.',
    },
    'mbe-caritas': {
      title: 'Migration counselling for adults (MBE)',
      description:
        'For immigrants aged 27 and over with a residence permit or settlement permit, including EU citizens: advice on the integration course, residence, work, family reunification, housing and health. Together we draw up a personal integration plan.',
    },
    'mbe-caritas-online': {
      title: 'Migration counselling online by chat and video',
      description:
        'Migration counselling is also available online: ask your questions by chat, upload documents securely and book a video appointment. We usually reply within two working days.',
    },
    'mbe-awo': {
      title: 'Migration counselling for adults (MBE) – drop-in hours',
      description:
        'Advice for adult immigrants on residence law, social benefits, the integration course and the recognition of qualifications. Drop-in hours without an appointment on Wednesdays; on other days by appointment.',
    },
    'mbe-drk': {
      title: 'Migration counselling for adults and families who have joined them',
      description:
        'The German Red Cross advises adult immigrants, especially families after family reunification: registering your address, the integration course, child benefit, school and work. Counselling in Arabic, Tigrinya and Somali.',
    },
    'drk-suchdienst': {
      title: 'Tracing service and advice on family reunification',
      description:
        'The Red Cross tracing service helps you find relatives missing after flight and war, and supports your application for family reunification: documents, embassy appointments, visa. Counselling is free and confidential.',
    },
    'jmd-diakonie': {
      title: 'Youth Migration Service: counselling for young people aged 12 to 27',
      description:
        'The Youth Migration Service (JMD) supports young immigrants between 12 and 27 on their way into school, vocational training and work. We also advise on residence, language courses and problems in the family, over a longer period if you wish.',
    },
    'jmd-ib': {
      title: 'Youth Migration Service Lindenau North: counselling for 12- to 27-year-olds',
      description:
        'The JMD of the Internationaler Bund advises young immigrants and their parents on school, vocational training, university and residence. At the Jugendtreff Nord youth club there are drop-in hours without an appointment.',
    },
    'rlc-asylrecht': {
      title: 'Free legal advice on asylum and residence law',
      description:
        'Law students, supervised by fully qualified lawyers, advise on the asylum procedure, the interview at the BAMF, official decisions, Duldung and family reunification. Appointments after registering by e-mail; an interpreter can be arranged.',
    },
    'flrat-asylverfahrensberatung': {
      title: 'Asylum procedure counselling: preparing for your interview',
      description:
        'Independent advice before and after your interview at the Federal Office (BAMF): how the procedure works, your rights and obligations, and deadlines if your application is rejected. We refer you to specialised lawyers.',
    },
    'adb-beratung': {
      title: 'Counselling on discrimination and racism',
      description:
        'If you are treated unfairly when looking for a flat, at work, by the authorities or in everyday life, we advise you confidentially and on your side. We write complaints, accompany you to meetings and explain your legal options.',
    },
    'iq-anerkennung': {
      title: 'Advice on the recognition of foreign vocational and university qualifications',
      description:
        'We find out whether and where your foreign qualification can be recognised, which documents and translations you need, and how to get the costs refunded. If your qualification is only partly recognised, we advise you on bridging courses (Anpassungsqualifizierung).',
    },
    'integration-point-beratung': {
      title: 'Integration Point: work, training and job-related German courses in one place',
      description:
        'A joint service of the Employment Agency and the Jobcenter for refugees: we record your work experience, advise you on recognition and further training, and register you for job-related German courses. Appointments with an interpreter.',
    },
    'jobcenter-gefluechtete': {
      title: 'Jobcenter: team for refugees and new immigrants',
      description:
        'If you receive citizen’s income (Bürgergeld), a dedicated team at the Jobcenter advises you on your living costs, German courses, childcare during the courses, further training and finding work. Application forms are also available in Arabic and Ukrainian.',
    },
    'psz-beratung': {
      title: 'Psychosocial counselling for refugees',
      description:
        'If you cannot sleep after war, flight or violence, feel anxious all the time or withdraw from others, the PSZ offers confidential conversations with specialists and interpreters. Together we find out whether therapy would help, and we support you on the way there.',
    },
    'medizinische-fluechtlingshilfe': {
      title: 'Medical consultation for people without health insurance',
      description:
        'Volunteer doctors treat people without health insurance or without a treatment voucher anonymously and free of charge, and refer them to specialists. We also advise on how to get health insurance.',
    },
    'gdd-sprachmittlung': {
      title: 'Interpreting for doctor’s appointments, nursery and school',
      description:
        'Trained community interpreters accompany you to appointments at doctors’ practices, hospitals, nurseries and schools, in person or by video. The institution books and pays for the interpreter; families can get advice on how this works.',
    },
    'asb-gesundheitslotsen': {
      title: 'Health guides: understanding the health system in your own language',
      description:
        'Trained immigrants explain in group meetings how the German health system works: family doctor, out-of-hours service 116 117, emergency number 112, check-ups, vaccinations and health insurance.',
    },
    'gesundheitsamt-impfberatung': {
      title: 'Vaccination clinic and vaccination advice',
      description:
        'The public health office checks vaccination records, advises children and adults on missing vaccinations and vaccinates free of charge, even if you do not have a family doctor. Please bring any vaccination documents you have.',
    },
    'profamilia-beratung': {
      title: 'Counselling on pregnancy, contraception and family planning',
      description:
        'Confidential counselling for women, men and couples on pregnancy, contraception, the wish to have children and financial help for pregnant women. With a female interpreter if you wish; counselling is free of charge.',
    },
    'frauenzentrum-gewaltberatung': {
      title: 'Counselling for women experiencing domestic violence',
      description:
        'Women who experience violence at home can get confidential counselling at the women’s centre, with a female interpreter if they wish. We help you find a place in a women’s shelter and accompany you to the police and to court.',
    },
    'mieterverein-sprechstunde': {
      title: 'Tenancy law advice with interpreting for newcomers',
      description:
        'Once a month the tenants’ association also advises non-members free of charge, with interpreting: tenancy agreement, deposit, service charge statement, mould and notice to quit. Please bring your tenancy agreement and any letters from your landlord.',
    },
    wohnungspaten: {
      title: 'Housing mentors: support in finding a flat',
      description:
        'Volunteers help you look for a flat: reading adverts, calling landlords, going to viewings with you and putting together your application documents. After you move in, they explain waste separation, airing the rooms and the house rules.',
    },
    'wohnungsamt-wbs': {
      title: 'Housing entitlement certificate and housing benefit',
      description:
        'Advice and applications for the housing entitlement certificate (Wohnberechtigungsschein, WBS), which allows you to rent subsidised social housing, and for housing benefit (Wohngeld). We check which documents you need.',
    },
    'vhs-integrationskurs': {
      title: 'Integration course German (A1 to B1) with orientation course',
      description:
        'The integration course comprises 600 hours of German and a 100-hour orientation course on life, history and law in Germany; it ends with the German Test for Immigrants (DTZ). New courses start every month, in the morning and in the evening.',
    },
    'vhs-alphakurs': {
      title: 'Integration course with literacy training',
      description:
        'For adults who cannot read and write, or only a little, or who learned a different script: reading and writing in the Latin alphabet and German in small groups, with more time and lots of practice.',
    },
    'vhs-elternintegrationskurs': {
      title: 'Parents’ integration course with childcare',
      description:
        'An integration course for mothers and fathers with topics around nursery, school and parenting. During lessons, qualified staff look after children aged one and over in the room next door.',
    },
    'vhs-willkommenskurs': {
      title: 'Welcome course: German for everyone not entitled to a course',
      description:
        'An open German course for people who do not (yet) have a place on an integration course, for example during the asylum procedure or with a Duldung. Join at any time, free of charge, no registration.',
    },
    'dialog-berufssprachkurs': {
      title: 'Job-related German course B2',
      description:
        'Job-related German after the integration course: e-mails and phone calls at work, meetings, job applications and specialist vocabulary. The course ends with the telc B2 Beruf exam. Access via the Jobcenter, the Employment Agency or an entitlement certificate from the Federal Office.',
    },
    'frauenzentrum-deutschkurs': {
      title: 'German course for women with childcare',
      description:
        'Learn German in a women’s group on three mornings a week. During the course, childcare workers look after the children in the playroom. Also for women who are not entitled to an integration course.',
    },
    'sprachcafe-west': {
      title: 'Language café West End: speaking German over coffee and tea',
      description:
        'Every Tuesday evening, newcomers practise German in conversation with volunteers, at tables sorted by level. No registration and free of charge; there is a play corner for children.',
    },
    'welcome-treff-sprachcafe': {
      title: 'Open language café at the Welcome-Treff',
      description:
        'Every Monday and Friday, practise German in conversation with volunteers, for all levels and without registration. Afterwards the team answers questions about courses, counselling and leisure activities in Lindenau.',
    },
    'fbs-mutter-kind': {
      title: 'Mother and child group for immigrant families',
      description:
        'Mothers (and fathers) with children up to three years old meet to play, sing and talk. A specialist answers questions about development, nutrition and sleep and helps prepare for nursery.',
    },
    'kita-brueckenangebot': {
      title: 'Starting nursery: bridging group for children without a nursery place',
      description:
        'Children aged two to six who do not yet have a nursery place play in a small group with nursery teachers on three mornings a week. Parents stay with them for the first few weeks and get to know everyday life at a Kita.',
    },
    'jugendamt-fruehe-hilfen': {
      title: 'Early help: family midwives and welcome visits',
      description:
        'Pregnant women and families with babies up to three years old are visited by a family midwife or family paediatric nurse: questions about breastfeeding, sleep, check-ups and relief in everyday life. Free of charge and voluntary.',
    },
    'bildungsbuero-schulberatung': {
      title: 'School advice for newly arrived families',
      description:
        'The education office advises parents who come to Lindenau with children of school age: which school is responsible, how German-learning classes work and which documents you need to register. Also on all-day school, the school bus and the education package (Bildungspaket).',
    },
    'lindenauer-lotsen': {
      title: 'Lindenau guides: a mentor for your first months',
      description:
        'Volunteer guides accompany newly arrived people and families in everyday life for a year: understanding letters, preparing for appointments, getting to know the city and speaking German. Many guides speak Arabic, Farsi, Turkish or Ukrainian.',
    },
    'buergerdienste-anmeldung': {
      title: 'Registering your address at the citizens’ office',
      description:
        'Anyone who moves to Lindenau must register at the citizens’ office (Bürgerbüro) within two weeks. Bring your passport or ID document and the landlord’s confirmation (Wohnungsgeberbestätigung). Book an appointment online or by phone.',
    },
  },
  organisations: {
    'dezentral-mitte': {
      name: 'Caritas – Counselling centre for refugees living in their own flat, Centre',
      description:
        'Social counselling for asylum seekers and people with a Duldung who live in municipal or their own flats in the City centre and the Old town. Commissioned by the city’s social services department; we refer you to specialised services such as debt, family or recognition counselling.',
    },
    'dezentral-sued': {
      name: 'Caritas – Counselling centre for refugees living in their own flat, South End',
      description:
        'Social support for asylum seekers and people with a Duldung who live in their own flats: help with letters from the authorities, applications, finding a flat and registering children at school.',
    },
    'dezentral-west': {
      name: 'Diakonie – Refugee social work West End',
      description:
        'Neighbourhood-based social work with refugees, with drop-in hours at the neighbourhood office. Support with applications, nursery registration and finding a language course.',
    },
    'dezentral-kirchberg': {
      name: 'Diakonie – Counselling centre for refugees living in their own flat, Kirchberg',
      description:
        'Counselling centre in Kirchberg and Eichwald for people entitled to benefits under the Asylum Seekers’ Benefits Act who have moved out of the shared accommodation centre into a flat. Help with everyday life and housing, vocational training, work and learning German.',
    },
    'dezentral-neustadt': {
      name: 'AWO – Counselling centre for refugees living in their own flat, New Town',
      description:
        'The counselling centre at the New Town community centre supports asylum seekers and people with a Duldung living in their own flats in the New Town, the Harbour district and Brühl: letters from the authorities, nursery and school, health and neighbourhood.',
    },
    'dezentral-ost': {
      name: 'German Red Cross – Counselling centre for refugees living in their own flat, East End',
      description:
        'The German Red Cross advises asylum seekers and people with a Duldung who live in flats in the East End and Feldmark on everyday life, the authorities, health and education. The centre works closely with the initial reception centre and the Red Cross tracing service.',
    },
    'mbe-caritas': {
      name: 'Caritas – Migration counselling for adult immigrants',
      description:
        'Migration counselling supports immigrants aged 27 and over during their first years with an individual integration plan: questions about the integration course, residence, work and family reunification.',
    },
    'mbe-awo': {
      name: 'AWO Migration counselling New Town',
      description:
        'Counselling for adult immigrants on residence law, social benefits and the recognition of qualifications. Drop-in hours on Wednesdays without an appointment.',
    },
    'jmd-diakonie': {
      name: 'Diakonie Lindenau Youth Migration Service',
      description:
        'The Youth Migration Service advises young people between 12 and 27 on school, vocational training and residence. Group activities such as application training take place during the school holidays.',
    },
    'jmd-ib': {
      name: 'Internationaler Bund – Youth Migration Service Lindenau North',
      description:
        'The IB’s Youth Migration Service supports young immigrants with case management, homework help and group activities at the Jugendtreff Nord youth club.',
    },
    psz: {
      name: 'Psychosocial Centre for Refugees Lindenau',
      description:
        'The PSZ offers psychosocial counselling, stabilisation groups and psychotherapy with interpreters for traumatised refugees. Professionals and volunteers can take training on the effects of trauma.',
    },
    'iq-anerkennung': {
      name: 'IQ Recognition Counselling Centre Lindenau',
      description:
        'Independent first advice on the recognition of foreign vocational and university qualifications, and placement in bridging courses.',
    },
    'integration-point': {
      description:
        'Joint service of the Employment Agency and the Jobcenter for refugees: skills assessment, recognition advice and placement in job-related German courses, all in one place.',
    },
    'welcome-treff': {
      description:
        'An easy-to-reach meeting place with a weekly programme: language courses, cooking evenings, theatre, a careers day and a women’s café. Run by the volunteer agency together with migrant organisations.',
    },
  },
};
