/**
 * Static demo data for the governance structure of the network „Lindenau integriert“:
 * numbered integration goals, the people who sit in the bodies, the bodies themselves
 * (steering committee, working groups with tandems, sub-groups, sub-projects, advisory
 * council, round table, forum, coordination office), measures with indicators, and
 * agreements between organisations.
 *
 * Everything here is fictional. People's names are invented; organisation names refer
 * to `demoOrganisations` in './demo-data.ts' and must match exactly. Dates are chosen
 * relative to a demo "today" of 2026-11-21 (some measures are overdue, some agreements
 * expire within the following 60 days).
 *
 * Modelled on the seeds: Bielefeld (Lenkungsgruppe, four working groups with a
 * "Prozessverantwortliches Tandem", numbered integration-policy goals, "Ziele und
 * Maßnahmen"), Herne (Teilprojekte with two or three leads, Projektbüro, Verfügungsfonds),
 * Leipzig (AG Flüchtlingssozialarbeit every 4-8 weeks) and Göttingen (goals, measures and
 * indicators per field of action).
 */

export type BodyKindSeed =
  | 'STEERING_COMMITTEE'
  | 'WORKING_GROUP'
  | 'SUB_GROUP'
  | 'SUB_PROJECT'
  | 'ADVISORY_COUNCIL'
  | 'ROUND_TABLE'
  | 'FORUM'
  | 'COORDINATION_OFFICE';
export type BodyStatusSeed = 'FOUNDED' | 'ACTIVE' | 'PAUSED' | 'MERGED' | 'DISSOLVED' | 'HANDED_OVER';
export type MembershipRoleSeed =
  | 'CHAIR'
  | 'DEPUTY_CHAIR'
  | 'TANDEM_LEAD'
  | 'MEMBER'
  | 'DEPUTY_MEMBER'
  | 'ADVISORY'
  | 'GUEST'
  | 'SECRETARIAT';
export type MeasureStatusSeed = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'STALLED' | 'DROPPED';
export type AgreementKindSeed = 'COOPERATION' | 'SERVICE' | 'STAFF_VOLUNTEER' | 'MEMORANDUM_OF_UNDERSTANDING' | 'FUNDING' | 'OTHER';
export type AgreementStatusSeed = 'DRAFT' | 'NEGOTIATING' | 'SIGNED' | 'IN_FORCE' | 'EXPIRED' | 'TERMINATED';

export interface GoalSeed {
  number: number;
  title: string;
  /** Code from demoFieldsOfAction. */
  fieldOfAction: string;
  description?: string;
}

export interface PersonSeed {
  /** Unique slug. */
  key: string;
  givenName: string;
  familyName: string;
  function: string;
  /** Exact name from demoOrganisations. */
  organisation: string;
  consent?: boolean;
}

export interface MembershipSeed {
  /** PersonSeed key. */
  person: string;
  role: MembershipRoleSeed;
  /** Exact organisation name the person acts for; default: the person's organisation. */
  organisation?: string;
  votingRight?: boolean;
  /** YYYY-MM-DD */
  from?: string;
  /** YYYY-MM-DD */
  to?: string;
}

export interface StatusChangeSeed<S extends string> {
  status: S;
  /** YYYY-MM-DD */
  on: string;
  reason: string;
}

export interface BodySeed {
  key: string;
  name: string;
  shortName?: string;
  kind: BodyKindSeed;
  /** Body key. */
  parent?: string;
  mandate: string;
  fieldsOfAction: string[];
  /** GoalSeed numbers. */
  goals: number[];
  meetingCadence?: { minWeeks: number; maxWeeks: number; note?: string };
  internal?: boolean;
  foundedOn: string;
  /** Later status changes in order (the body starts ACTIVE on foundedOn). For MERGED give mergedInto. */
  history?: (StatusChangeSeed<BodyStatusSeed> & { mergedInto?: string })[];
  allowSameOrganisationLeads?: boolean;
  members: MembershipSeed[];
}

export interface IndicatorSeed {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  measurements: { on: string; value: number; note?: string }[];
}

export interface MeasureSeed {
  key: string;
  /** Body key. */
  body: string;
  title: string;
  description: string;
  goals: number[];
  /** Exact organisation names, 1-3. */
  owners: string[];
  /** PersonSeed key; a member of the body or of its parent. */
  responsible: string;
  startOn?: string;
  dueOn?: string;
  /** 0-100 */
  progress: number;
  /** At least the first status; the last entry is the current status. */
  history: StatusChangeSeed<MeasureStatusSeed>[];
  indicators?: IndicatorSeed[];
}

export interface AgreementSeed {
  key: string;
  title: string;
  kind: AgreementKindSeed;
  description: string;
  /** 2-4 parties with exact organisation names. */
  parties: { organisation: string; role: string }[];
  /** DRAFT → NEGOTIATING → SIGNED → IN_FORCE → EXPIRED | TERMINATED; the last entry is current. */
  history: StatusChangeSeed<AgreementStatusSeed>[];
  signedOn?: string;
  validFrom?: string;
  validTo?: string;
  /** Notice or renewal date. */
  noticeOn?: string;
  /** Body key. */
  body?: string;
  /** Measure key. */
  measure?: string;
}

// ---------------------------------------------------------------------------
// Integration goals (Integrationskonzept der Stadt Lindenau, fortgeschrieben 2016)
// ---------------------------------------------------------------------------

export const demoGoals: GoalSeed[] = [
  {
    number: 1,
    title: 'Steigerung der Sprachkompetenz',
    fieldOfAction: 'sprache-bildung',
    description:
      'Alle Neuzugewanderten erhalten ohne Wartezeiten ein Sprachkursangebot, das an ihre Lebenssituation (Bildungsniveau, Familie, Gesundheit, Arbeit) anknüpft.',
  },
  {
    number: 2,
    title: 'Chancengleichheit in der frühkindlichen und schulischen Bildung',
    fieldOfAction: 'sprache-bildung',
    description: 'Kinder aus zugewanderten Familien besuchen Kita und Schule so früh und so erfolgreich wie alle anderen Kinder.',
  },
  {
    number: 3,
    title: 'Interkulturelle Öffnung der Verwaltung und der Regeldienste',
    fieldOfAction: 'politik-recht',
    description: 'Die Verwaltung und die Regeldienste richten ihre Angebote auf die Vielfalt der Stadtgesellschaft aus.',
  },
  {
    number: 4,
    title: 'Gleichberechtigter Zugang zur gesundheitlichen Versorgung und Prävention',
    fieldOfAction: 'gesundheit',
    description: 'Neuzugewanderte kennen das Gesundheitssystem und erhalten auch psychosoziale Hilfen mit Sprachmittlung.',
  },
  {
    number: 5,
    title: 'Erfolgreicher Verlauf des Übergangs Schule – Ausbildung – Beschäftigung/Arbeit',
    fieldOfAction: 'arbeit',
  },
  {
    number: 6,
    title: 'Menschen mit Migrationshintergrund sind entsprechend ihrem Anteil an der Bevölkerung strukturell in der Arbeitswelt vertreten',
    fieldOfAction: 'arbeit',
  },
  {
    number: 7,
    title: 'Versorgung mit angemessenem Wohnraum und Abbau der Gemeinschaftsunterbringung',
    fieldOfAction: 'wohnen',
    description:
      'Geflüchtete leben möglichst schnell in eigenem Wohnraum; Modelle des „Wohnens für alle“ statt Konkurrenz benachteiligter Gruppen.',
  },
  {
    number: 8,
    title: 'Zügige Anerkennung ausländischer Schul-, Berufs- und Bildungsabschlüsse',
    fieldOfAction: 'arbeit',
  },
  {
    number: 9,
    title: 'Gesellschaftliche Teilhabe in Freizeit, Kultur und Sport stärken',
    fieldOfAction: 'teilhabe',
  },
  {
    number: 10,
    title: 'Stadtteilentwicklungspolitik des sozialen Ausgleichs betreiben',
    fieldOfAction: 'wohnen',
    description: 'Integration beginnt im Quartier: sozialräumliche Angebote werden abgestimmt und heterogene Bewohnerschaften gefördert.',
  },
  {
    number: 11,
    title: 'Verstärkte Förderung des interkulturellen Zusammenlebens',
    fieldOfAction: 'teilhabe',
  },
  {
    number: 12,
    title: 'Demokratische Grundhaltung und partizipative Prozesse fördern',
    fieldOfAction: 'politik-recht',
  },
  {
    number: 13,
    title:
      'Verbindliche inhaltliche Kooperation von Stadt, freien Trägern und Migrantenorganisationen / Vernetzung von Integrationsförderung und -arbeit vor Ort',
    fieldOfAction: 'engagement',
  },
  {
    number: 14,
    title: 'Verbesserung von Integrationschancen für Neuzuwanderinnen bzw. Neuzuwanderer durch spezifische Beratungsangebote',
    fieldOfAction: 'ankommen',
  },
  {
    number: 15,
    title: 'Schutz vor Diskriminierung und Gewalt, insbesondere für besonders vulnerable Personen',
    fieldOfAction: 'politik-recht',
    description:
      'Belange von Kindern, Frauen, Menschen mit Behinderungen und LSBTI* werden insbesondere in den Unterkünften berücksichtigt.',
  },
  {
    number: 16,
    title: 'Verbesserung des Zugangs zu Fach- und Regeldiensten (Behörden, öffentliche Institutionen und Träger)',
    fieldOfAction: 'ankommen',
  },
];

// ---------------------------------------------------------------------------
// People (invented)
// ---------------------------------------------------------------------------

export const demoStructurePeople: PersonSeed[] = [
  // ----- Stadtverwaltung -----------------------------------------------------
  {
    key: 'birgit-hollaender',
    givenName: 'Birgit',
    familyName: 'Holländer',
    function: 'Beigeordnete und Sozialdezernentin',
    organisation: 'Stadt Lindenau – Fachbereich Soziales',
    consent: true,
  },
  {
    key: 'aylin-korkmaz',
    givenName: 'Aylin',
    familyName: 'Korkmaz',
    function: 'Integrationsbeauftragte',
    organisation: 'Integrationsbeauftragte der Stadt Lindenau',
    consent: true,
  },
  {
    key: 'henrike-vossberg',
    givenName: 'Henrike',
    familyName: 'Voßberg',
    function: 'Leitung Kommunales Integrationszentrum',
    organisation: 'Kommunales Integrationszentrum Lindenau',
    consent: true,
  },
  {
    key: 'tarek-mansour',
    givenName: 'Tarek',
    familyName: 'Mansour',
    function: 'Netzwerkstelle Migrantenorganisationen',
    organisation: 'Kommunales Integrationszentrum Lindenau',
    consent: true,
  },
  {
    key: 'jana-westphal',
    givenName: 'Jana',
    familyName: 'Westphal',
    function: 'Projektmanagerin Projektbüro',
    organisation: 'Projektbüro „Lindenau integriert“',
    consent: true,
  },
  {
    key: 'ole-brandes',
    givenName: 'Ole',
    familyName: 'Brandes',
    function: 'Projektassistenz Verfügungsfonds',
    organisation: 'Projektbüro „Lindenau integriert“',
  },
  {
    key: 'gesine-harmsen',
    givenName: 'Gesine',
    familyName: 'Harmsen',
    function: 'Sozialplanerin',
    organisation: 'Sozialdezernat – Büro für Integrierte Sozialplanung und Prävention',
    consent: true,
  },
  {
    key: 'rainer-thiele',
    givenName: 'Rainer',
    familyName: 'Thiele',
    function: 'Amtsleitung Sozialamt',
    organisation: 'Stadt Lindenau – Fachbereich Soziales',
  },
  {
    key: 'sandra-oltmanns',
    givenName: 'Sandra',
    familyName: 'Oltmanns',
    function: 'Sachgebietsleitung Migrantenhilfe',
    organisation: 'Stadt Lindenau – Fachbereich Soziales',
    consent: true,
  },
  {
    key: 'frank-terhorst',
    givenName: 'Frank',
    familyName: 'Terhorst',
    function: 'Leitung Stabsstelle Arbeitsmarktintegration',
    organisation: 'Stabsstelle Arbeitsmarktintegration',
    consent: true,
  },
  {
    key: 'nadine-pohlmann',
    givenName: 'Nadine',
    familyName: 'Pohlmann',
    function: 'Referentin Arbeitsmarktintegration',
    organisation: 'Stabsstelle Arbeitsmarktintegration',
  },
  {
    key: 'claudia-brenner',
    givenName: 'Claudia',
    familyName: 'Brenner',
    function: 'Fachbereichsleitung Kinder, Jugend und Familie',
    organisation: 'Jugendamt der Stadt Lindenau',
    consent: true,
  },
  {
    key: 'imke-raabe',
    givenName: 'Imke',
    familyName: 'Raabe',
    function: 'Amtsärztin und Leitung Gesundheitsamt',
    organisation: 'Gesundheitsamt Lindenau',
  },
  {
    key: 'sven-luedtke',
    givenName: 'Sven',
    familyName: 'Lüdtke',
    function: 'Leitung Ehrenamtsbüro',
    organisation: 'Ehrenamtsbüro der Stadt Lindenau',
    consent: true,
  },
  {
    key: 'meike-schaper',
    givenName: 'Meike',
    familyName: 'Schaper',
    function: 'Ehrenamtskoordinatorin',
    organisation: 'Ehrenamtsbüro der Stadt Lindenau',
    consent: true,
  },
  { key: 'andreas-kolbe', givenName: 'Andreas', familyName: 'Kolbe', function: 'Geschäftsführer', organisation: 'Jobcenter Lindenau' },
  {
    key: 'yvonne-lambrecht',
    givenName: 'Yvonne',
    familyName: 'Lambrecht',
    function: 'Teamleitung Markt und Integration U25',
    organisation: 'Jobcenter Lindenau',
    consent: true,
  },
  {
    key: 'bianca-sommerfeld',
    givenName: 'Bianca',
    familyName: 'Sommerfeld',
    function: 'Sachbearbeitung Ausländerbehörde',
    organisation: 'Ausländerbehörde der Stadt Lindenau',
  },
  {
    key: 'uwe-reinecke',
    givenName: 'Uwe',
    familyName: 'Reinecke',
    function: 'Amtsleitung Wohnen und Stadterneuerung',
    organisation: 'Amt für Wohnen und Stadterneuerung',
  },
  {
    key: 'lea-hoffmeister',
    givenName: 'Lea',
    familyName: 'Hoffmeister',
    function: 'Quartiersmanagerin',
    organisation: 'Quartiersmanagement Neustadt',
    consent: true,
  },
  {
    key: 'jonas-albers',
    givenName: 'Jonas',
    familyName: 'Albers',
    function: 'Quartiersmanager',
    organisation: 'Quartiersmanagement Am Hafen',
  },
  {
    key: 'miriam-esch',
    givenName: 'Miriam',
    familyName: 'Esch',
    function: 'Stadtteilkoordinatorin',
    organisation: 'Stadtteilkoordination Lindenau-Nord',
  },
  {
    key: 'patrick-wendt',
    givenName: 'Patrick',
    familyName: 'Wendt',
    function: 'Bildungskoordinator für Neuzugewanderte',
    organisation: 'Fachbereich Schule und Weiterbildung – Bildungsbüro',
    consent: true,
  },
  {
    key: 'susanne-eilers',
    givenName: 'Susanne',
    familyName: 'Eilers',
    function: 'Abteilungsleitung Bürgerberatung',
    organisation: 'Fachbereich Bürgerdienste Lindenau',
  },
  {
    key: 'melanie-grothe',
    givenName: 'Melanie',
    familyName: 'Grothe',
    function: 'Gleichstellungsbeauftragte',
    organisation: 'Gleichstellungsstelle der Stadt Lindenau',
  },
  {
    key: 'robert-kessler',
    givenName: 'Robert',
    familyName: 'Keßler',
    function: 'Sachgebietsleitung Integrationsmonitoring',
    organisation: 'Sachgebiet Integrationsmonitoring und Statistik',
  },
  {
    key: 'simone-trautmann',
    givenName: 'Simone',
    familyName: 'Trautmann',
    function: 'Teamleitung Umzugs- und Betreuungsmanagement',
    organisation: 'Team Umzugs- und Betreuungsmanagement',
  },
  {
    key: 'anja-roemer',
    givenName: 'Anja',
    familyName: 'Römer',
    function: 'Leitung Koordinierungsstelle Zuwanderung Südosteuropa',
    organisation: 'Koordinierungsstelle Zuwanderung Südosteuropa',
  },
  {
    key: 'guenter-hasselbach',
    givenName: 'Günter',
    familyName: 'Hasselbach',
    function: 'Ratsmitglied, Vorsitzender des Ausschusses für Soziales und Gesundheit',
    organisation: 'Stadt Lindenau – Fachbereich Soziales',
    consent: true,
  },
  {
    key: 'petra-wiegand',
    givenName: 'Petra',
    familyName: 'Wiegand',
    function: 'Ratsmitglied, Vorsitzende des Jugendhilfeausschusses',
    organisation: 'Jugendamt der Stadt Lindenau',
    consent: true,
  },
  {
    key: 'ines-baumgart',
    givenName: 'Ines',
    familyName: 'Baumgart',
    function: 'Referentin Kulturelle Teilhabe',
    organisation: 'Kulturamt Lindenau',
  },
  // ----- Behörden und Agenturen --------------------------------------------------
  {
    key: 'carsten-lohmann',
    givenName: 'Carsten',
    familyName: 'Lohmann',
    function: 'Teamleitung Integration Point',
    organisation: 'Integration Point Lindenau',
    consent: true,
  },
  {
    key: 'julia-brede',
    givenName: 'Julia',
    familyName: 'Brede',
    function: 'Arbeitgeberservice',
    organisation: 'Agentur für Arbeit Lindenau',
  },
  {
    key: 'kerem-aksoy',
    givenName: 'Kerem',
    familyName: 'Aksoy',
    function: 'Regionalkoordinator Integrationskurse',
    organisation: 'BAMF – Regionalkoordination Integrationskurse Lindenau',
  },
  {
    key: 'sabine-hettwer',
    givenName: 'Sabine',
    familyName: 'Hettwer',
    function: 'Polizeihauptkommissarin Prävention',
    organisation: 'Polizeidirektion Lindenau – Sachgebiet Prävention und Opferschutz',
  },
  // ----- Wohlfahrtsverbände ------------------------------------------------------
  {
    key: 'matthias-overkamp',
    givenName: 'Matthias',
    familyName: 'Overkamp',
    function: 'Caritasdirektor, Sprecher der AGW',
    organisation: 'Caritasverband Lindenau e. V.',
    consent: true,
  },
  {
    key: 'christoph-landwehr',
    givenName: 'Christoph',
    familyName: 'Landwehr',
    function: 'Vorstand',
    organisation: 'Diakonisches Werk Lindenau e. V.',
  },
  {
    key: 'benedikt-krampe',
    givenName: 'Benedikt',
    familyName: 'Krampe',
    function: 'Fachbereichsleitung Migration und Integration',
    organisation: 'Caritasverband Lindenau e. V.',
    consent: true,
  },
  {
    key: 'lars-heitkamp',
    givenName: 'Lars',
    familyName: 'Heitkamp',
    function: 'Bereichsleitung Quartiersarbeit',
    organisation: 'Diakonisches Werk Lindenau e. V.',
    consent: true,
  },
  {
    key: 'doris-wendland',
    givenName: 'Doris',
    familyName: 'Wendland',
    function: 'Abteilungsleitung Migration',
    organisation: 'AWO Kreisverband Lindenau e. V.',
    consent: true,
  },
  {
    key: 'ralf-hinrichs',
    givenName: 'Ralf',
    familyName: 'Hinrichs',
    function: 'Abteilungsleitung Migration (im Ruhestand)',
    organisation: 'AWO Kreisverband Lindenau e. V.',
  },
  {
    key: 'helge-martens',
    givenName: 'Helge',
    familyName: 'Martens',
    function: 'Geschäftsführer',
    organisation: 'Der Paritätische – Kreisgruppe Lindenau',
    consent: true,
  },
  {
    key: 'farida-nazari',
    givenName: 'Farida',
    familyName: 'Nazari',
    function: 'Leitung Migrationsberatung',
    organisation: 'Caritas – Migrationsberatung für erwachsene Zuwanderer',
    consent: true,
  },
  {
    key: 'ahmad-rahimi',
    givenName: 'Ahmad',
    familyName: 'Rahimi',
    function: 'Jugendmigrationsberater',
    organisation: 'Jugendmigrationsdienst der Diakonie Lindenau',
  },
  {
    key: 'rana-haddad',
    givenName: 'Rana',
    familyName: 'Haddad',
    function: 'Flüchtlingssozialarbeiterin',
    organisation: 'Diakonie – Flüchtlingssozialarbeit Weststadt',
    consent: true,
  },
  {
    key: 'selin-oezkan',
    givenName: 'Selin',
    familyName: 'Özkan',
    function: 'Migrationsberaterin',
    organisation: 'AWO Migrationsberatung Neustadt',
  },
  {
    key: 'mario-gebauer',
    givenName: 'Mario',
    familyName: 'Gebauer',
    function: 'Einrichtungsleitung Flüchtlingssozialarbeit',
    organisation: 'AWO Flüchtlingssozialarbeit Gemeinschaftsunterkunft Kirchberg',
    consent: true,
  },
  {
    key: 'nele-janssen',
    givenName: 'Nele',
    familyName: 'Janssen',
    function: 'Leitung Familienzentrum',
    organisation: 'AWO Familienzentrum Am Hafen',
  },
  {
    key: 'nora-feldhaus',
    givenName: 'Nora',
    familyName: 'Feldhaus',
    function: 'Sozialarbeiterin',
    organisation: 'Caritas – Beratungsstelle für dezentral wohnende Geflüchtete Südstadt',
  },
  {
    key: 'yasmin-al-khatib',
    givenName: 'Yasmin',
    familyName: 'Al-Khatib',
    function: 'Psychologische Psychotherapeutin',
    organisation: 'Psychosoziales Zentrum für Geflüchtete Lindenau',
  },
  {
    key: 'jens-kowalke',
    givenName: 'Jens',
    familyName: 'Kowalke',
    function: 'Kreisgeschäftsführer',
    organisation: 'DRK-Kreisverband Lindenau e. V.',
  },
  {
    key: 'samira-bensaid',
    givenName: 'Samira',
    familyName: 'Bensaid',
    function: 'Einsatzkoordination Sprachmittlung',
    organisation: 'Gemeindedolmetscherdienst Lindenau gGmbH',
  },
  {
    key: 'katharina-nolte',
    givenName: 'Katharina',
    familyName: 'Nolte',
    function: 'Ehrenamtskoordinatorin',
    organisation: 'Caritas – Ehrenamtskoordination Flüchtlingshilfe',
    consent: true,
  },
  // ----- Kirchen und Religionsgemeinschaften ---------------------------------------
  {
    key: 'annette-grube',
    givenName: 'Annette',
    familyName: 'Grube',
    function: 'Pfarrerin, Beauftragte für Flucht und Migration',
    organisation: 'Ev. Kirchenkreis Lindenau',
    consent: true,
  },
  {
    key: 'hakan-yildirim',
    givenName: 'Hakan',
    familyName: 'Yıldırım',
    function: 'Dialogbeauftragter',
    organisation: 'DITIB Türkisch-Islamische Gemeinde Lindenau – Fatih-Moschee',
  },
  // ----- Migrantenorganisationen und Integrationsrat -------------------------------
  {
    key: 'cem-durmaz',
    givenName: 'Cem',
    familyName: 'Durmaz',
    function: 'Vorsitzender',
    organisation: 'Verband der Migrantenorganisationen Lindenau e. V.',
    consent: true,
  },
  {
    key: 'rojda-aslan',
    givenName: 'Rojda',
    familyName: 'Aslan',
    function: 'Vorsitzende des Integrationsrats',
    organisation: 'Kurdisches Kulturzentrum Lindenau e. V.',
    consent: true,
  },
  {
    key: 'vasile-ionita',
    givenName: 'Vasile',
    familyName: 'Ioniță',
    function: 'Vorsitzender',
    organisation: 'Rumänischer Kultur- und Elternverein Lindenau e. V.',
  },
  {
    key: 'mahbooba-wardak',
    givenName: 'Mahbooba',
    familyName: 'Wardak',
    function: 'Vorsitzende',
    organisation: 'Afghanischer Frauenverein Lindenau e. V.',
    consent: true,
  },
  {
    key: 'olena-hnatiuk',
    givenName: 'Olena',
    familyName: 'Hnatiuk',
    function: 'Vorsitzende',
    organisation: 'Deutsch-Ukrainischer Verein „Kalyna“ e. V.',
    consent: true,
  },
  {
    key: 'lamis-darwish',
    givenName: 'Lamis',
    familyName: 'Darwish',
    function: 'Vorsitzende',
    organisation: 'Syrischer Kulturverein Lindenau e. V.',
    consent: true,
  },
  {
    key: 'kwabena-owusu',
    givenName: 'Kwabena',
    familyName: 'Owusu',
    function: 'Sprecher',
    organisation: 'Afrikanischer Dachverband Lindenau e. V.',
  },
  {
    key: 'dilan-kaplan',
    givenName: 'Dilan',
    familyName: 'Kaplan',
    function: 'Vorstand',
    organisation: 'Migrantische Jugendselbstorganisation „Junge Stimmen“ e. V.',
  },
  {
    key: 'hamid-sadeghi',
    givenName: 'Hamid',
    familyName: 'Sadeghi',
    function: 'Koordinator',
    organisation: 'Netzwerk geflüchteter Akademikerinnen und Akademiker Lindenau',
    consent: true,
  },
  {
    key: 'katja-niemeyer',
    givenName: 'Katja',
    familyName: 'Niemeyer',
    function: 'Geschäftsführung Integrationsrat',
    organisation: 'Geschäftsstelle des Integrationsrats Lindenau',
    consent: true,
  },
  // ----- Zivilgesellschaft ---------------------------------------------------------
  {
    key: 'ruth-engelking',
    givenName: 'Ruth',
    familyName: 'Engelking',
    function: 'Koordinatorin Freiwilligenagentur',
    organisation: 'Freiwilligenagentur Lindenau',
    consent: true,
  },
  {
    key: 'hartmut-bolle',
    givenName: 'Hartmut',
    familyName: 'Bolle',
    function: 'seniorTrainer und Vorstand',
    organisation: 'Erfahrungswissen für Initiativen Lindenau e. V.',
  },
  {
    key: 'ulrike-fenske',
    givenName: 'Ulrike',
    familyName: 'Fenske',
    function: 'Ehrenamtliche Koordinatorin',
    organisation: 'Sprachcafé Weststadt',
    consent: true,
  },
  {
    key: 'hans-juergen-toepfer',
    givenName: 'Hans-Jürgen',
    familyName: 'Töpfer',
    function: 'Ehrenamtlicher Sprecher',
    organisation: 'Arbeitskreis Asyl Lindenau',
    consent: true,
  },
  {
    key: 'waltraud-kemper',
    givenName: 'Waltraud',
    familyName: 'Kemper',
    function: 'Sprecherin',
    organisation: 'Koordinierungskreis der Willkommensinitiativen',
  },
  {
    key: 'maren-bossmann',
    givenName: 'Maren',
    familyName: 'Boßmann',
    function: 'Projektkoordinatorin',
    organisation: 'Patenschaftsprojekt „Lindenauer Lotsen“',
  },
  {
    key: 'timo-gerdes',
    givenName: 'Timo',
    familyName: 'Gerdes',
    function: 'Vorsitzender',
    organisation: 'Stadtjugendring Lindenau e. V.',
    consent: true,
  },
  {
    key: 'nicole-brauckmann',
    givenName: 'Nicole',
    familyName: 'Brauckmann',
    function: 'Koordinatorin Integration durch Sport',
    organisation: 'Stadtsportbund Lindenau e. V.',
    consent: true,
  },
  { key: 'konrad-lenz', givenName: 'Konrad', familyName: 'Lenz', function: 'Vorstand', organisation: 'Bürgerstiftung Lindenau' },
  // ----- Bildung -------------------------------------------------------------------
  {
    key: 'birte-clausen',
    givenName: 'Birte',
    familyName: 'Clausen',
    function: 'Fachbereichsleitung Deutsch als Fremdsprache',
    organisation: 'Volkshochschule Lindenau',
    consent: true,
  },
  {
    key: 'henning-wrede',
    givenName: 'Henning',
    familyName: 'Wrede',
    function: 'Schulleitung',
    organisation: 'Berufsbildende Schulen I Lindenau',
  },
  {
    key: 'elif-yurt',
    givenName: 'Elif',
    familyName: 'Yurt',
    function: 'Anerkennungsberaterin',
    organisation: 'IQ-Anlaufstelle Anerkennungsberatung Lindenau',
    consent: true,
  },
  {
    key: 'esra-demirtas',
    givenName: 'Esra',
    familyName: 'Demirtaş',
    function: 'Professorin für Migration und Soziale Arbeit',
    organisation: 'Hochschule Lindenau – Fachbereich Soziale Arbeit',
    consent: true,
  },
  // ----- Wirtschaft und Wohnungswirtschaft ------------------------------------------
  {
    key: 'olaf-steinkamp',
    givenName: 'Olaf',
    familyName: 'Steinkamp',
    function: 'Ausbildungsberater',
    organisation: 'Industrie- und Handelskammer Lindenau',
  },
  {
    key: 'ute-krohn',
    givenName: 'Ute',
    familyName: 'Krohn',
    function: 'Leitung Sozialmanagement',
    organisation: 'Städtische Wohnungsgesellschaft Lindenau mbH',
    consent: true,
  },
  {
    key: 'tanja-meiners',
    givenName: 'Tanja',
    familyName: 'Meiners',
    function: 'Sozialarbeiterin Nachbarschaft',
    organisation: 'Wohnungsbaugenossenschaft Lindenau-Nord eG',
  },
];

// ---------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------

const AGW = 'Arbeitsgemeinschaft der Wohlfahrtsverbände Lindenau';
const INTEGRATIONSRAT = 'Geschäftsstelle des Integrationsrats Lindenau';

export const demoBodies: BodySeed[] = [
  // ----- Lenkungsgruppe --------------------------------------------------------
  {
    key: 'lenkungsgruppe',
    name: 'Lenkungsgruppe „Lindenau integriert“',
    shortName: 'Lenkungsgruppe',
    kind: 'STEERING_COMMITTEE',
    mandate:
      'Die Lenkungsgruppe steuert den Arbeitsprozess „Lindenau integriert“. Auf Grundlage eigener Expertise sowie kleinräumiger Daten, Bestandsaufnahmen und Problemanzeigen (a) identifiziert und priorisiert sie Handlungsbedarfe, (b) formuliert Arbeitsstrukturen und -aufträge, (c) skizziert Rahmenbedingungen für die Bearbeitung und (d) entscheidet über konkrete Vorschläge, Maßnahmen und Anträge an den Verfügungsfonds. Wirkungen und Erfolgsindikatoren der Integrationsmaßnahmen nimmt sie zunehmend in den Blick.',
    fieldsOfAction: ['ankommen', 'sprache-bildung', 'arbeit', 'wohnen', 'gesundheit', 'teilhabe', 'engagement', 'politik-recht'],
    goals: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
    meetingCadence: { minWeeks: 8, maxWeeks: 12, note: 'Vierteljährlich; Sondersitzungen zu den Antragsrunden des Verfügungsfonds' },
    foundedOn: '2016-03-01',
    members: [
      { person: 'birgit-hollaender', role: 'CHAIR', votingRight: true, from: '2016-03-01' },
      { person: 'aylin-korkmaz', role: 'DEPUTY_CHAIR', votingRight: true, from: '2019-02-01' },
      { person: 'matthias-overkamp', role: 'MEMBER', organisation: AGW, votingRight: true, from: '2016-03-01' },
      { person: 'christoph-landwehr', role: 'MEMBER', organisation: AGW, votingRight: true, from: '2018-01-01' },
      { person: 'jens-kowalke', role: 'MEMBER', organisation: AGW, votingRight: true, from: '2016-03-01', to: '2017-12-31' },
      { person: 'timo-gerdes', role: 'MEMBER', votingRight: true, from: '2021-05-01' },
      { person: 'ute-krohn', role: 'MEMBER', votingRight: true, from: '2016-03-01' },
      { person: 'guenter-hasselbach', role: 'MEMBER', votingRight: true, from: '2019-09-01' },
      { person: 'petra-wiegand', role: 'MEMBER', votingRight: true, from: '2019-09-01' },
      { person: 'vasile-ionita', role: 'MEMBER', organisation: INTEGRATIONSRAT, votingRight: true, from: '2016-03-01', to: '2020-11-30' },
      { person: 'rojda-aslan', role: 'MEMBER', organisation: INTEGRATIONSRAT, votingRight: true, from: '2020-12-01' },
      { person: 'claudia-brenner', role: 'MEMBER', votingRight: true, from: '2016-03-01' },
      { person: 'andreas-kolbe', role: 'MEMBER', votingRight: true, from: '2021-07-01' },
      { person: 'uwe-reinecke', role: 'MEMBER', votingRight: true, from: '2018-09-01' },
      { person: 'cem-durmaz', role: 'MEMBER', votingRight: true, from: '2018-09-01' },
      { person: 'hans-juergen-toepfer', role: 'MEMBER', votingRight: true, from: '2018-09-01' },
      { person: 'waltraud-kemper', role: 'MEMBER', votingRight: true, from: '2018-09-01' },
      { person: 'robert-kessler', role: 'ADVISORY', votingRight: false, from: '2019-01-01' },
      { person: 'sabine-hettwer', role: 'ADVISORY', votingRight: false, from: '2017-05-01' },
      { person: 'henrike-vossberg', role: 'SECRETARIAT', votingRight: false, from: '2016-03-01' },
      { person: 'gesine-harmsen', role: 'SECRETARIAT', votingRight: false, from: '2018-09-01' },
      { person: 'esra-demirtas', role: 'GUEST', votingRight: false, from: '2024-02-01' },
    ],
  },

  // ----- Working groups with tandems (Bielefeld) ---------------------------------
  {
    key: 'ag-arbeit-sprache',
    name: 'AG Arbeit und Sprache',
    shortName: 'AG Arbeit und Sprache',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Bearbeitung der Themen Sprache und Arbeit: Kursangebote so abstimmen, dass Wartezeiten, Pausen und Kursabbrüche vermieden werden; Angebotslücken schließen, auch für Menschen ohne Bleibeperspektive; Transparenz über Angebote und Akteure herstellen; praxisnahe Sprachcoachings und Abendkurse für spezielle Berufe entwickeln; Unternehmen bei der Einstellung Neuzugewanderter unterstützen und die Anerkennungsberatung durch zeitnahe Verweisberatung optimieren.',
    fieldsOfAction: ['sprache-bildung', 'arbeit'],
    goals: [1, 5, 6, 8],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2018-09-01',
    members: [
      { person: 'helge-martens', role: 'TANDEM_LEAD', from: '2018-09-01' },
      { person: 'frank-terhorst', role: 'TANDEM_LEAD', from: '2018-09-01' },
      { person: 'birte-clausen', role: 'MEMBER', from: '2018-09-01' },
      { person: 'yvonne-lambrecht', role: 'MEMBER', from: '2018-09-01' },
      { person: 'carsten-lohmann', role: 'MEMBER', from: '2018-09-01' },
      { person: 'kerem-aksoy', role: 'MEMBER', from: '2018-09-01' },
      { person: 'elif-yurt', role: 'MEMBER', from: '2018-09-01' },
      { person: 'farida-nazari', role: 'MEMBER', from: '2018-09-01' },
      { person: 'patrick-wendt', role: 'MEMBER', from: '2018-09-01' },
      { person: 'julia-brede', role: 'MEMBER', from: '2019-03-01' },
      { person: 'olaf-steinkamp', role: 'MEMBER', from: '2019-03-01' },
      { person: 'hamid-sadeghi', role: 'MEMBER', from: '2021-01-01' },
    ],
  },
  {
    key: 'ag-engagement',
    name: 'AG Bürgerschaftliches Engagement',
    shortName: 'AG Engagement',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Das bürgerschaftliche Engagement als zentrale Ressource der Aufnahme und Integration sichern und für die Stadtgesellschaft verstetigen: Ehrenamtliche fortbilden, begleiten und vor Überlastung schützen, ihre Hinweise und Kritik in die Entscheidungsprozesse einbringen, Geflüchtete selbst in die Ehrenamtsarbeit einbinden, die Zusammenarbeit mit Migrantenorganisationen verbindlich vereinbaren, Angebote transparent darstellen und das Engagement sichtbar würdigen. Die Lenkungsgruppe überprüft regelmäßig, ob das Thema in vorhandene Strukturen überführt werden kann.',
    fieldsOfAction: ['engagement', 'teilhabe'],
    goals: [11, 13],
    meetingCadence: { minWeeks: 6, maxWeeks: 10 },
    foundedOn: '2018-09-01',
    members: [
      { person: 'benedikt-krampe', role: 'TANDEM_LEAD', organisation: AGW, from: '2018-09-01' },
      { person: 'gesine-harmsen', role: 'TANDEM_LEAD', from: '2018-09-01' },
      { person: 'ruth-engelking', role: 'MEMBER', from: '2018-09-01' },
      { person: 'hartmut-bolle', role: 'MEMBER', from: '2018-11-01' },
      { person: 'katharina-nolte', role: 'MEMBER', from: '2018-09-01' },
      { person: 'sven-luedtke', role: 'MEMBER', from: '2018-09-01' },
      { person: 'tarek-mansour', role: 'MEMBER', from: '2019-05-01' },
      { person: 'cem-durmaz', role: 'MEMBER', from: '2019-05-01' },
      { person: 'maren-bossmann', role: 'MEMBER', from: '2020-02-01' },
      { person: 'waltraud-kemper', role: 'MEMBER', from: '2018-09-01' },
      { person: 'annette-grube', role: 'MEMBER', from: '2018-09-01', to: '2024-08-31' },
      { person: 'konrad-lenz', role: 'GUEST', from: '2022-03-01' },
    ],
  },
  {
    key: 'ag-wohnen',
    name: 'AG Wohnen und Zusammenleben im Quartier',
    shortName: 'AG Wohnen und Quartier',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Integration beginnt dort, wo Menschen leben: quartiersorientierte Angebote erfassen, beschreiben und aufeinander abstimmen; relevante Themen und Desintegrationstendenzen in den Quartieren identifizieren; bestehende Institutionen für alle Bewohnerinnen und Bewohner öffnen; interdisziplinäre Zugänge erproben; einen regelhaften Austausch mit den Bürgerinnen und Bürgern organisieren und Vorschläge zur Förderung der Quartiersidentität erarbeiten. Die Bearbeitung wird in den Pilotquartieren Neustadt und Am Hafen in Unter-AGs erprobt.',
    fieldsOfAction: ['wohnen', 'teilhabe', 'politik-recht'],
    goals: [7, 10, 12],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2018-09-01',
    members: [
      { person: 'lars-heitkamp', role: 'TANDEM_LEAD', organisation: AGW, from: '2018-09-01' },
      { person: 'gesine-harmsen', role: 'TANDEM_LEAD', from: '2018-09-01' },
      { person: 'uwe-reinecke', role: 'MEMBER', from: '2018-09-01' },
      { person: 'lea-hoffmeister', role: 'MEMBER', from: '2018-09-01' },
      { person: 'miriam-esch', role: 'MEMBER', from: '2018-09-01' },
      { person: 'ute-krohn', role: 'MEMBER', from: '2018-09-01' },
      { person: 'tanja-meiners', role: 'MEMBER', from: '2019-01-15' },
      { person: 'timo-gerdes', role: 'MEMBER', from: '2018-09-01' },
      { person: 'rojda-aslan', role: 'MEMBER', organisation: INTEGRATIONSRAT, from: '2021-02-01' },
      { person: 'simone-trautmann', role: 'MEMBER', from: '2019-07-01' },
      { person: 'robert-kessler', role: 'MEMBER', from: '2019-01-01' },
      { person: 'hakan-yildirim', role: 'MEMBER', from: '2022-09-01' },
      { person: 'jonas-albers', role: 'MEMBER', from: '2018-09-01', to: '2026-02-28' },
    ],
  },
  {
    key: 'ag-erstunterstuetzung',
    name: 'AG Optimierung von (Erst-)Unterstützungsstrukturen',
    shortName: 'AG Erstunterstützung',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Neuzugewanderte erhalten bei ihrer Ankunft in Lindenau zeitnah einen Überblick über Möglichkeiten der Erstberatung und Unterstützung. Potenzielle Anlaufstellen kennen die Erstberatungsstellen mit ihren Unterstützungsprofilen; Formen der Zusammenarbeit zwischen Erstberatung und langfristigen Unterstützungs- und Fördersystemen werden abgestimmt; ein Handlungskonzept für eine zielorientierte Erst-Orientierung mit klar definierten Förderinstrumenten (z. B. Laufmappe) wird entwickelt.',
    fieldsOfAction: ['ankommen', 'politik-recht'],
    goals: [3, 14, 16],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2018-09-01',
    members: [
      { person: 'ralf-hinrichs', role: 'TANDEM_LEAD', organisation: AGW, from: '2018-09-01', to: '2022-12-31' },
      { person: 'doris-wendland', role: 'TANDEM_LEAD', organisation: AGW, from: '2023-01-01' },
      { person: 'henrike-vossberg', role: 'TANDEM_LEAD', from: '2018-09-01' },
      { person: 'doris-wendland', role: 'MEMBER', from: '2019-02-01', to: '2022-12-31' },
      { person: 'patrick-wendt', role: 'MEMBER', from: '2018-09-01' },
      { person: 'bianca-sommerfeld', role: 'MEMBER', from: '2018-09-01' },
      { person: 'susanne-eilers', role: 'MEMBER', from: '2018-09-01' },
      { person: 'kerem-aksoy', role: 'MEMBER', from: '2018-09-01' },
      { person: 'katja-niemeyer', role: 'MEMBER', from: '2018-09-01' },
      { person: 'sandra-oltmanns', role: 'MEMBER', from: '2018-09-01' },
      { person: 'farida-nazari', role: 'MEMBER', from: '2018-09-01' },
      { person: 'ahmad-rahimi', role: 'MEMBER', from: '2018-09-01' },
      { person: 'samira-bensaid', role: 'MEMBER', from: '2020-09-01' },
    ],
  },

  // ----- Sub-groups ----------------------------------------------------------------
  {
    key: 'uag-quartier-neustadt',
    name: 'Unter-AG Quartier Neustadt',
    shortName: 'UAG Neustadt',
    kind: 'SUB_GROUP',
    parent: 'ag-wohnen',
    mandate:
      'Pilotquartier Neustadt: Abstimmung der sozialräumlichen Angebote rund um das Stadtteilzentrum, Beteiligung der Bewohnerinnen und Bewohner der Großwohnanlagen und Begegnungsformate, in denen sich Neuzugewanderte als Ideengeberinnen und Ideengeber einbringen.',
    fieldsOfAction: ['wohnen', 'teilhabe'],
    goals: [10, 11],
    meetingCadence: { minWeeks: 4, maxWeeks: 6 },
    foundedOn: '2019-04-01',
    members: [
      { person: 'lea-hoffmeister', role: 'CHAIR', from: '2019-04-01' },
      { person: 'lars-heitkamp', role: 'MEMBER', from: '2019-04-01' },
      { person: 'selin-oezkan', role: 'MEMBER', from: '2019-04-01' },
      { person: 'ute-krohn', role: 'MEMBER', from: '2019-04-01' },
      { person: 'ahmad-rahimi', role: 'MEMBER', from: '2021-03-01' },
    ],
  },
  {
    key: 'uag-quartier-hafen',
    name: 'Unter-AG Quartier Am Hafen',
    shortName: 'UAG Am Hafen',
    kind: 'SUB_GROUP',
    parent: 'ag-wohnen',
    mandate:
      'Pilotquartier Am Hafen: Vernetzung von Familienzentrum, Grundschule, Stadtteilverein und Wohnungswirtschaft; Entwicklung niedrigschwelliger Begegnungs- und Elternangebote in einem Quartier mit geringer sozialer Infrastruktur.',
    fieldsOfAction: ['wohnen', 'teilhabe'],
    goals: [10, 11],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2019-04-01',
    history: [
      {
        status: 'PAUSED',
        on: '2026-03-01',
        reason: 'Die Stelle im Quartiersmanagement Am Hafen ist seit März 2026 unbesetzt; Wiederaufnahme nach Neubesetzung geplant.',
      },
    ],
    members: [
      { person: 'jonas-albers', role: 'CHAIR', from: '2019-04-01', to: '2026-02-28' },
      { person: 'nele-janssen', role: 'MEMBER', from: '2019-04-01' },
      { person: 'ute-krohn', role: 'MEMBER', from: '2019-04-01' },
      { person: 'lars-heitkamp', role: 'MEMBER', from: '2019-04-01' },
    ],
  },
  {
    key: 'uag-arbeitgeberservice',
    name: 'Unter-AG Arbeitgeberservice und Anerkennung',
    shortName: 'UAG Arbeitgeberservice',
    kind: 'SUB_GROUP',
    parent: 'ag-arbeit-sprache',
    mandate:
      'Unterstützt Betriebe bei Fragen zu Praktikum, Arbeitserlaubnis, Anerkennung, Versicherung und begleitender Sprachförderung und bündelt die Angebote von Arbeitsagentur, Kammern und Anerkennungsberatung.',
    fieldsOfAction: ['arbeit'],
    goals: [6, 8],
    meetingCadence: { minWeeks: 6, maxWeeks: 10 },
    foundedOn: '2020-02-01',
    members: [
      { person: 'julia-brede', role: 'CHAIR', from: '2020-02-01' },
      { person: 'olaf-steinkamp', role: 'MEMBER', from: '2020-02-01' },
      { person: 'elif-yurt', role: 'MEMBER', from: '2020-02-01' },
      { person: 'nadine-pohlmann', role: 'MEMBER', from: '2020-02-01' },
      { person: 'hamid-sadeghi', role: 'MEMBER', from: '2021-01-01' },
    ],
  },

  // ----- Sub-projects (Herne) ----------------------------------------------------------
  {
    key: 'tp-soziale-integration',
    name: 'Teilprojekt I: Soziale und gesellschaftliche Integration',
    shortName: 'TP I',
    kind: 'SUB_PROJECT',
    parent: 'lenkungsgruppe',
    mandate:
      'Schwerpunkte: Ankommen in Lindenau (Clearing, Orientierung, Tagesstruktur in der Gemeinschaftsunterkunft), formale Bildung für Kinder und Jugendliche in Kita und Schule einschließlich der Begleitung der Eltern sowie gesellschaftliche Teilhabe in den Feldern Freizeit, Kultur, Sport, Leben und Alltag und Gesundheit.',
    fieldsOfAction: ['ankommen', 'sprache-bildung', 'gesundheit', 'teilhabe'],
    goals: [2, 4, 9, 14],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2017-01-15',
    members: [
      { person: 'claudia-brenner', role: 'TANDEM_LEAD', from: '2017-01-15' },
      { person: 'imke-raabe', role: 'TANDEM_LEAD', from: '2017-01-15' },
      { person: 'susanne-eilers', role: 'MEMBER', from: '2017-01-15' },
      { person: 'melanie-grothe', role: 'MEMBER', from: '2017-01-15' },
      { person: 'patrick-wendt', role: 'MEMBER', from: '2017-01-15' },
      { person: 'anja-roemer', role: 'MEMBER', from: '2017-01-15' },
      { person: 'katja-niemeyer', role: 'MEMBER', from: '2017-01-15' },
      { person: 'timo-gerdes', role: 'MEMBER', from: '2017-01-15' },
      { person: 'nicole-brauckmann', role: 'MEMBER', from: '2017-01-15' },
      { person: 'ines-baumgart', role: 'MEMBER', from: '2017-01-15' },
      { person: 'sandra-oltmanns', role: 'MEMBER', from: '2017-01-15' },
      { person: 'sven-luedtke', role: 'ADVISORY', from: '2017-01-15' },
      { person: 'jana-westphal', role: 'SECRETARIAT', from: '2017-01-15' },
    ],
  },
  {
    key: 'tp-sprache-beruf',
    name: 'Teilprojekt II: Sprachliche und berufliche Integration',
    shortName: 'TP II',
    kind: 'SUB_PROJECT',
    parent: 'lenkungsgruppe',
    mandate:
      'Schwerpunkte: Clearing der schulischen und beruflichen Bildungsvoraussetzungen, Sprachkurse und Sprachförderung, Integrationskurse, berufliche Orientierung, Vorbereitung und Qualifizierung sowie Aktivierung und Vernetzung der Akteure des Arbeitsmarktes.',
    fieldsOfAction: ['sprache-bildung', 'arbeit'],
    goals: [1, 5, 6, 8],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2017-01-15',
    members: [
      { person: 'henrike-vossberg', role: 'TANDEM_LEAD', from: '2017-01-15' },
      { person: 'nadine-pohlmann', role: 'TANDEM_LEAD', from: '2017-01-15' },
      { person: 'birte-clausen', role: 'MEMBER', from: '2017-01-15' },
      { person: 'patrick-wendt', role: 'MEMBER', from: '2017-01-15' },
      { person: 'carsten-lohmann', role: 'MEMBER', from: '2017-01-15' },
      { person: 'yvonne-lambrecht', role: 'MEMBER', from: '2017-01-15' },
      { person: 'henning-wrede', role: 'MEMBER', from: '2017-03-01' },
      { person: 'olaf-steinkamp', role: 'MEMBER', from: '2017-03-01' },
      { person: 'anja-roemer', role: 'MEMBER', from: '2017-01-15' },
      { person: 'jens-kowalke', role: 'MEMBER', from: '2017-01-15', to: '2019-12-31' },
      { person: 'jana-westphal', role: 'SECRETARIAT', from: '2017-01-15' },
    ],
  },
  {
    key: 'tp-engagement',
    name: 'Teilprojekt III: Zivilgesellschaftliches Engagement',
    shortName: 'TP III',
    kind: 'SUB_PROJECT',
    parent: 'lenkungsgruppe',
    mandate:
      'Schwerpunkte: Aufbau einer abgestimmten Ehrenamtskoordination für Ehrenamtliche in der Flüchtlingshilfe, Vernetzung von professionellen und ehrenamtlichen Strukturen, Qualifizierung und kontinuierliche professionelle Unterstützung des Ehrenamtes.',
    fieldsOfAction: ['engagement'],
    goals: [11, 13],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2017-01-15',
    allowSameOrganisationLeads: true,
    members: [
      { person: 'sven-luedtke', role: 'TANDEM_LEAD', from: '2017-01-15' },
      { person: 'meike-schaper', role: 'TANDEM_LEAD', from: '2017-01-15' },
      { person: 'katharina-nolte', role: 'TANDEM_LEAD', from: '2017-01-15' },
      { person: 'sandra-oltmanns', role: 'MEMBER', from: '2017-01-15' },
      { person: 'ruth-engelking', role: 'MEMBER', from: '2017-01-15' },
      { person: 'waltraud-kemper', role: 'MEMBER', from: '2017-06-01' },
      { person: 'maren-bossmann', role: 'MEMBER', from: '2020-02-01' },
      { person: 'jens-kowalke', role: 'MEMBER', from: '2017-01-15', to: '2019-12-31' },
      { person: 'jana-westphal', role: 'SECRETARIAT', from: '2017-01-15' },
    ],
  },

  // ----- Coordination, council, round table, forum ------------------------------------
  {
    key: 'koordinierungsstelle',
    name: 'Koordinierungsstelle Integration',
    shortName: 'Koordinierungsstelle',
    kind: 'COORDINATION_OFFICE',
    mandate:
      'Geschäftsstelle des Netzwerks „Lindenau integriert“, getragen vom Kommunalen Integrationszentrum und dem Projektbüro im Sozialdezernat: bereitet die Sitzungen der Lenkungsgruppe vor, betreut die Arbeitsgruppen und Teilprojekte, verwaltet den Verfügungsfonds mit seinen Antragsrunden und pflegt die Übersicht der Akteure und Angebote.',
    fieldsOfAction: ['engagement', 'politik-recht', 'ankommen'],
    goals: [13, 16],
    meetingCadence: { minWeeks: 1, maxWeeks: 2, note: 'Wöchentliche Teamrunde' },
    foundedOn: '2016-03-01',
    members: [
      { person: 'henrike-vossberg', role: 'CHAIR', from: '2016-03-01' },
      { person: 'jana-westphal', role: 'MEMBER', from: '2016-09-01' },
      { person: 'tarek-mansour', role: 'MEMBER', from: '2017-04-01' },
      { person: 'gesine-harmsen', role: 'MEMBER', from: '2018-09-01' },
      { person: 'ole-brandes', role: 'SECRETARIAT', from: '2019-01-01' },
    ],
  },
  {
    key: 'integrationsrat',
    name: 'Integrationsrat der Stadt Lindenau',
    shortName: 'Integrationsrat',
    kind: 'ADVISORY_COUNCIL',
    mandate:
      'Politische Interessenvertretung der Einwohnerinnen und Einwohner mit Einwanderungsgeschichte. Der Integrationsrat wird zu allen integrationsrelevanten Vorlagen angehört, entsendet eine Vertretung in die Lenkungsgruppe und stimmt Themen und Ausgestaltung des Forums Integration mit der Lenkungsgruppe ab.',
    fieldsOfAction: ['politik-recht', 'teilhabe'],
    goals: [3, 12, 15],
    meetingCadence: { minWeeks: 6, maxWeeks: 8, note: 'Öffentliche Sitzungen im Ratssaal' },
    foundedOn: '2016-01-01',
    members: [
      { person: 'vasile-ionita', role: 'CHAIR', votingRight: true, from: '2016-01-01', to: '2020-11-30' },
      { person: 'rojda-aslan', role: 'MEMBER', votingRight: true, from: '2016-01-01', to: '2020-11-30' },
      { person: 'rojda-aslan', role: 'CHAIR', votingRight: true, from: '2020-12-01' },
      { person: 'cem-durmaz', role: 'DEPUTY_CHAIR', votingRight: true, from: '2020-12-01' },
      { person: 'mahbooba-wardak', role: 'MEMBER', votingRight: true, from: '2020-12-01' },
      { person: 'lamis-darwish', role: 'MEMBER', votingRight: true, from: '2016-01-01' },
      { person: 'kwabena-owusu', role: 'MEMBER', votingRight: true, from: '2020-12-01' },
      { person: 'dilan-kaplan', role: 'MEMBER', votingRight: true, from: '2020-12-01' },
      { person: 'olena-hnatiuk', role: 'DEPUTY_MEMBER', votingRight: false, from: '2023-03-01' },
      { person: 'guenter-hasselbach', role: 'MEMBER', votingRight: true, from: '2019-09-01' },
      { person: 'aylin-korkmaz', role: 'ADVISORY', votingRight: false, from: '2019-02-01' },
      { person: 'katja-niemeyer', role: 'SECRETARIAT', votingRight: false, from: '2016-01-01' },
    ],
  },
  {
    key: 'runder-tisch-weststadt',
    name: 'Runder Tisch Flüchtlingshilfe Weststadt',
    shortName: 'Runder Tisch Weststadt',
    kind: 'ROUND_TABLE',
    mandate:
      'Austausch der haupt- und ehrenamtlich Aktiven in der Weststadt: Nachbarschaftsfragen rund um die Unterkunftsstandorte, Abstimmung von Sprachcafé, Begleitdiensten und Freizeitangeboten, frühzeitige Weitergabe von Problemanzeigen an die Lenkungsgruppe.',
    fieldsOfAction: ['ankommen', 'engagement', 'teilhabe'],
    goals: [11, 14],
    meetingCadence: { minWeeks: 8, maxWeeks: 12 },
    foundedOn: '2016-02-01',
    history: [
      { status: 'PAUSED', on: '2020-03-16', reason: 'Kontaktbeschränkungen in der Corona-Pandemie; Austausch per Mailingliste.' },
      { status: 'ACTIVE', on: '2021-09-01', reason: 'Wiederaufnahme der Präsenztreffen im Gemeindehaus der FeG West.' },
    ],
    members: [
      { person: 'rana-haddad', role: 'CHAIR', from: '2016-02-01' },
      { person: 'ulrike-fenske', role: 'MEMBER', from: '2016-02-01' },
      { person: 'sabine-hettwer', role: 'MEMBER', from: '2017-05-01' },
      { person: 'lamis-darwish', role: 'MEMBER', from: '2018-03-01' },
      { person: 'hans-juergen-toepfer', role: 'MEMBER', from: '2016-02-01' },
      { person: 'annette-grube', role: 'GUEST', from: '2019-01-01' },
    ],
  },
  {
    key: 'forum-integration',
    name: 'Forum Integration Lindenau',
    shortName: 'Forum Integration',
    kind: 'FORUM',
    mandate:
      'Öffentliches Forum, das Raum und Zeit bietet, den Integrationsprozess mit den engagierten Akteuren der Stadtgesellschaft auf den Prüfstand zu stellen, Handlungsansätze zu kommunizieren, die Vernetzung zu befördern und neue Perspektiven zu entwickeln. Themenauswahl und Ausgestaltung erfolgen in Abstimmung zwischen Integrationsrat und Lenkungsgruppe.',
    fieldsOfAction: ['teilhabe', 'politik-recht', 'engagement'],
    goals: [11, 12, 13],
    meetingCadence: { minWeeks: 48, maxWeeks: 56, note: 'Jährlich im Herbst; Vorbereitungstreffen ab dem Frühjahr' },
    foundedOn: '2019-10-01',
    members: [
      { person: 'aylin-korkmaz', role: 'CHAIR', from: '2019-10-01' },
      { person: 'rojda-aslan', role: 'DEPUTY_CHAIR', organisation: INTEGRATIONSRAT, from: '2020-12-01' },
      { person: 'birgit-hollaender', role: 'MEMBER', from: '2019-10-01' },
      { person: 'cem-durmaz', role: 'MEMBER', from: '2019-10-01' },
      { person: 'dilan-kaplan', role: 'MEMBER', from: '2021-06-01' },
      { person: 'tarek-mansour', role: 'SECRETARIAT', from: '2019-10-01' },
      { person: 'esra-demirtas', role: 'GUEST', from: '2022-09-01' },
    ],
  },

  // ----- AG Flüchtlingssozialarbeit (Leipzig) --------------------------------------------
  {
    key: 'ag-fluechtlingssozialarbeit',
    name: 'AG Flüchtlingssozialarbeit',
    shortName: 'AG FSA',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Regelmäßiger fachlicher Austausch zwischen Verwaltung und den Trägern der sozialen Betreuung Geflüchteter: Weiterentwicklung der Betreuungsstandards, Diskussion rechtlicher Änderungen im Ausländer- und Sozialleistungsrecht, Vorstellung von Trägern und Angeboten sowie Austausch mit Schnittstellenpartnern (Jobcenter, Ämter, Agentur für Arbeit, Integrationsdienste). Teilnahmeberechtigt sind alle Träger der sozialen Betreuung in Gemeinschaftsunterkünften, der Beratungsstellen für dezentral Wohnende und der Migrationsdienste.',
    fieldsOfAction: ['ankommen', 'wohnen', 'gesundheit'],
    goals: [7, 14, 15, 16],
    meetingCadence: {
      minWeeks: 4,
      maxWeeks: 8,
      note: 'Im Wechsel organisiert vom Fachbereich Soziales und der AWO; gelegentlich themenbezogene Sonderveranstaltungen',
    },
    internal: true,
    foundedOn: '2016-04-01',
    members: [
      { person: 'sandra-oltmanns', role: 'TANDEM_LEAD', from: '2016-04-01' },
      { person: 'mario-gebauer', role: 'TANDEM_LEAD', from: '2016-04-01' },
      { person: 'nora-feldhaus', role: 'MEMBER', from: '2017-01-01' },
      { person: 'rana-haddad', role: 'MEMBER', from: '2016-04-01' },
      { person: 'selin-oezkan', role: 'MEMBER', from: '2016-04-01' },
      { person: 'yasmin-al-khatib', role: 'MEMBER', from: '2018-05-01' },
      { person: 'simone-trautmann', role: 'MEMBER', from: '2016-04-01' },
      { person: 'yvonne-lambrecht', role: 'GUEST', from: '2017-03-01' },
    ],
  },

  // ----- Historical bodies -----------------------------------------------------------------
  {
    key: 'ag-sprachfoerderung',
    name: 'AG Sprachförderung',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Bestandsaufnahme der Sprachkursangebote, Erhebung von Wartezeiten und Abstimmung der Kursplanung zwischen den Kursträgern in der Hochphase der Zuwanderung.',
    fieldsOfAction: ['sprache-bildung'],
    goals: [1],
    meetingCadence: { minWeeks: 4, maxWeeks: 6 },
    foundedOn: '2016-06-01',
    history: [
      {
        status: 'MERGED',
        on: '2018-09-01',
        reason:
          'Zusammenführung der Themen Sprache und Arbeit in der neuen AG Arbeit und Sprache (Beschluss der Lenkungsgruppe vom 12.06.2018).',
        mergedInto: 'ag-arbeit-sprache',
      },
    ],
    members: [
      { person: 'farida-nazari', role: 'TANDEM_LEAD', from: '2016-06-01', to: '2018-08-31' },
      { person: 'birte-clausen', role: 'TANDEM_LEAD', from: '2016-06-01', to: '2018-08-31' },
      { person: 'kerem-aksoy', role: 'MEMBER', from: '2016-06-01', to: '2018-08-31' },
      { person: 'yvonne-lambrecht', role: 'MEMBER', from: '2016-06-01', to: '2018-08-31' },
      { person: 'ulrike-fenske', role: 'MEMBER', from: '2017-02-01', to: '2018-08-31' },
    ],
  },
  {
    key: 'fg-unterbringung',
    name: 'Fachgruppe Unterbringung und Versorgung',
    shortName: 'FG Unterbringung',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Schaffung von Unterkünften und Wohnraum in kürzester Zeit und in angemessenem Standard, Vermeidung von Wohnungslosigkeit und sozialen Konflikten sowie Versorgung in den Unterkünften unter Berücksichtigung besonders vulnerabler Personen.',
    fieldsOfAction: ['wohnen', 'gesundheit'],
    goals: [7, 15],
    meetingCadence: { minWeeks: 2, maxWeeks: 4, note: 'In der Hochphase 2016 zweiwöchentlich' },
    foundedOn: '2016-03-15',
    history: [
      {
        status: 'DISSOLVED',
        on: '2019-06-30',
        reason:
          'Die großen Unterkunftsstandorte sind aufgegeben; Wohnthemen werden im Masterplan Wohnen und in der AG Wohnen und Zusammenleben im Quartier weiterbearbeitet, Betreuungsfragen in der AG Flüchtlingssozialarbeit.',
      },
    ],
    members: [
      { person: 'rainer-thiele', role: 'TANDEM_LEAD', from: '2016-03-15', to: '2019-06-30' },
      { person: 'jens-kowalke', role: 'TANDEM_LEAD', organisation: AGW, from: '2016-03-15', to: '2019-06-30' },
      { person: 'simone-trautmann', role: 'MEMBER', from: '2016-03-15', to: '2019-06-30' },
      { person: 'ute-krohn', role: 'MEMBER', from: '2016-03-15', to: '2019-06-30' },
      { person: 'mario-gebauer', role: 'MEMBER', from: '2016-03-15', to: '2019-06-30' },
      { person: 'sabine-hettwer', role: 'MEMBER', from: '2016-09-01', to: '2019-06-30' },
      { person: 'imke-raabe', role: 'MEMBER', from: '2016-03-15', to: '2018-12-31' },
    ],
  },
  {
    key: 'fg-teilhabe',
    name: 'Fachgruppe Gesellschaftliche Teilhabe',
    shortName: 'FG Teilhabe',
    kind: 'WORKING_GROUP',
    parent: 'lenkungsgruppe',
    mandate:
      'Stärkung der Regelangebote der Kinder- und Jugendarbeit, Öffnung von Sport-, Kultur- und Freizeitangeboten für geflüchtete Menschen und Förderung der Begegnung in den Nachbarschaften.',
    fieldsOfAction: ['teilhabe'],
    goals: [9, 11],
    meetingCadence: { minWeeks: 6, maxWeeks: 8 },
    foundedOn: '2016-03-15',
    history: [
      {
        status: 'HANDED_OVER',
        on: '2019-03-31',
        reason:
          'In Regelstrukturen überführt: Kindertagesbetreuung und Offene Kinder- und Jugendarbeit in die AG nach § 78 SGB VIII, Sport und Freizeit in den Arbeitskreis Sport und Integration des Stadtsportbunds.',
      },
    ],
    members: [
      { person: 'claudia-brenner', role: 'TANDEM_LEAD', from: '2016-03-15', to: '2019-03-31' },
      { person: 'lars-heitkamp', role: 'TANDEM_LEAD', organisation: AGW, from: '2016-03-15', to: '2019-03-31' },
      { person: 'nicole-brauckmann', role: 'MEMBER', from: '2016-03-15', to: '2019-03-31' },
      { person: 'timo-gerdes', role: 'MEMBER', from: '2016-03-15', to: '2019-03-31' },
      { person: 'ines-baumgart', role: 'MEMBER', from: '2016-03-15', to: '2019-03-31' },
      { person: 'melanie-grothe', role: 'MEMBER', from: '2017-01-01', to: '2019-03-31' },
    ],
  },
];

// ---------------------------------------------------------------------------
// Measures ("Ziele und Maßnahmen")
// ---------------------------------------------------------------------------

export const demoMeasures: MeasureSeed[] = [
  // ----- AG Arbeit und Sprache -------------------------------------------------
  {
    key: 'as-bestandsaufnahme-sprachkurse',
    body: 'ag-arbeit-sprache',
    title: 'Bestandsaufnahme und Übersicht aller Sprachkursangebote',
    description:
      'Verbesserte Übersichtlichkeit und Transparenz der Sprachangebote: Erhebung aller Integrations-, Berufssprach- und ehrenamtlichen Kurse mit Niveau, Zielgruppe, Kinderbetreuung und Zugangsvoraussetzungen.',
    goals: [1],
    owners: [
      'Kommunales Integrationszentrum Lindenau',
      'Volkshochschule Lindenau',
      'BAMF – Regionalkoordination Integrationskurse Lindenau',
    ],
    responsible: 'helge-martens',
    startOn: '2018-10-01',
    dueOn: '2019-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2018-09-20', reason: 'Auftrag der Lenkungsgruppe aus der Sitzung vom 12.06.2018.' },
      { status: 'IN_PROGRESS', on: '2018-10-01', reason: 'Erhebungsbogen an alle Kursträger versandt.' },
      { status: 'DONE', on: '2019-07-15', reason: 'Übersicht veröffentlicht; halbjährliche Aktualisierung durch das KI vereinbart.' },
    ],
    indicators: [
      {
        name: 'Erfasste Sprachkursangebote',
        unit: 'Angebote',
        baseline: 0,
        target: 60,
        measurements: [
          { on: '2018-12-15', value: 23 },
          { on: '2019-03-31', value: 48 },
          { on: '2019-07-15', value: 64, note: 'Einschließlich 17 ehrenamtlicher Sprachtreffs' },
        ],
      },
    ],
  },
  {
    key: 'as-qualitaetszirkel',
    body: 'ag-arbeit-sprache',
    title: 'Etablierung eines Qualitätszirkels Sprachförderung',
    description:
      'Qualitative und quantitative Auswertung und Weiterentwicklung der Sprachförderung durch einen festen Zusammenschluss von Kursträgern, BAMF und Jobcenter.',
    goals: [1],
    owners: ['Volkshochschule Lindenau', 'BAMF – Regionalkoordination Integrationskurse Lindenau', 'Jobcenter Lindenau'],
    responsible: 'kerem-aksoy',
    startOn: '2018-11-01',
    dueOn: '2019-12-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2018-09-20', reason: 'In das Arbeitsprogramm der AG aufgenommen.' },
      { status: 'IN_PROGRESS', on: '2018-11-01', reason: 'Absichtserklärung der Beteiligten in Vorbereitung.' },
      { status: 'DONE', on: '2019-11-28', reason: 'Qualitätszirkel tagt regelmäßig; Geschäftsordnung beschlossen.' },
    ],
  },
  {
    key: 'as-dienstleistungsketten',
    body: 'ag-arbeit-sprache',
    title: 'Dienstleistungsketten Sprache und Arbeit optimieren',
    description:
      'Überschneidungen, Doppelungen und Lücken werden anhand der „Dienstleistungsketten“ vom Integrationskurs bis zur Beschäftigung identifiziert; optimierte Ketten werden mit ausgewählten Kundengruppen erprobt.',
    goals: [1, 6],
    owners: ['Kommunales Integrationszentrum Lindenau', 'Jobcenter Lindenau', 'Integration Point Lindenau'],
    responsible: 'helge-martens',
    startOn: '2020-03-01',
    dueOn: '2025-12-31',
    progress: 60,
    history: [
      { status: 'PLANNED', on: '2019-11-28', reason: 'Folgeauftrag aus der Bestandsaufnahme.' },
      { status: 'IN_PROGRESS', on: '2020-03-01', reason: 'Workshop zur Kette „Integrationskurs – Berufssprachkurs – Arbeit“.' },
      { status: 'STALLED', on: '2020-04-15', reason: 'Workshops wegen der Pandemie ausgesetzt.' },
      { status: 'IN_PROGRESS', on: '2022-02-01', reason: 'Wiederaufnahme mit zwei Pilotketten.' },
    ],
  },
  {
    key: 'as-informationssystem',
    body: 'ag-arbeit-sprache',
    title: 'Kommunikations- und Informationssystem für Neuzugewanderte (analog und digital)',
    description: 'Mehrsprachige Kursübersicht online und als Aushang in Beratungsstellen, Bibliothek und Jobcenter.',
    goals: [1, 16],
    owners: ['Kommunales Integrationszentrum Lindenau', 'Stadtbibliothek Lindenau'],
    responsible: 'patrick-wendt',
    startOn: '2024-01-15',
    dueOn: '2027-03-31',
    progress: 45,
    history: [
      { status: 'PLANNED', on: '2023-10-10', reason: 'Priorisiert von der Lenkungsgruppe.' },
      { status: 'IN_PROGRESS', on: '2024-01-15', reason: 'Redaktionsteam gebildet, Übersetzungen beauftragt.' },
    ],
    indicators: [
      {
        name: 'Aufrufe der mehrsprachigen Kursübersicht',
        unit: 'Aufrufe pro Monat',
        baseline: 0,
        target: 2500,
        measurements: [
          { on: '2024-09-30', value: 410 },
          { on: '2025-03-31', value: 980 },
          { on: '2025-09-30', value: 1340 },
          { on: '2026-09-30', value: 1720, note: 'Arabische und ukrainische Fassung online' },
        ],
      },
    ],
  },
  {
    key: 'as-kurse-ohne-bleibeperspektive',
    body: 'ag-arbeit-sprache',
    title: 'Sprachkursangebote für Personen ohne Bleibeperspektive',
    description:
      'Für Geduldete und Menschen im laufenden Asylverfahren ohne Zugang zum Integrationskurs werden Deutschkurse aus kommunalen und Stiftungsmitteln angeboten.',
    goals: [1],
    owners: ['Volkshochschule Lindenau', 'Caritas – Migrationsberatung für erwachsene Zuwanderer', 'Stiftung der Sparkasse Lindenau'],
    responsible: 'farida-nazari',
    startOn: '2019-02-01',
    dueOn: '2021-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2018-11-15', reason: 'Angebotslücke in der Bestandsaufnahme bestätigt.' },
      { status: 'IN_PROGRESS', on: '2019-02-01', reason: 'Erste zwei Kurse an der VHS gestartet.' },
      { status: 'DONE', on: '2021-06-30', reason: 'Kurse in das Regelangebot der VHS übernommen.' },
    ],
    indicators: [
      {
        name: 'Teilnehmende in Kursen für Geduldete',
        unit: 'Personen',
        baseline: 0,
        target: 120,
        measurements: [
          { on: '2019-12-31', value: 46 },
          { on: '2020-12-31', value: 71, note: 'Teilweise Online-Unterricht' },
          { on: '2021-06-30', value: 128 },
        ],
      },
    ],
  },
  {
    key: 'as-kinderbetreuung-kurse',
    body: 'ag-arbeit-sprache',
    title: 'Flankierende Kinderbetreuung parallel zu Integrationskursen',
    description:
      'Entwicklung flankierender Angebote: kursbegleitende Kinderbetreuung, damit vor allem Mütter Kurse ohne Unterbrechung abschließen können.',
    goals: [1],
    owners: ['Volkshochschule Lindenau', 'Jugendamt der Stadt Lindenau'],
    responsible: 'helge-martens',
    startOn: '2023-09-01',
    dueOn: '2026-06-30',
    progress: 35,
    history: [
      { status: 'PLANNED', on: '2023-06-20', reason: 'Hohe Abbruchquote bei Teilnehmerinnen mit Kleinkindern.' },
      { status: 'IN_PROGRESS', on: '2023-09-01', reason: 'Zwei Betreuungsgruppen an der VHS eingerichtet.' },
      { status: 'STALLED', on: '2025-11-10', reason: 'Fachkräftemangel: Betreuungskräfte können nicht nachbesetzt werden.' },
    ],
  },
  {
    key: 'as-sprachcoaching',
    body: 'ag-arbeit-sprache',
    title: 'Praxisnahes Sprachcoaching und Abendkurse für Pflege und Handwerk',
    description:
      'Konzipierung und Umsetzung praxisnaher Angebote (Sprachcoaching am Arbeitsplatz) und Kursformen (Abendkurse) für spezielle Berufe.',
    goals: [5, 6],
    owners: ['Bildungswerk der Wirtschaft Lindenau gGmbH', 'Handwerkskammer Lindenau', 'Klinikum Lindenau gGmbH'],
    responsible: 'yvonne-lambrecht',
    startOn: '2022-04-01',
    dueOn: '2027-06-30',
    progress: 70,
    history: [
      { status: 'PLANNED', on: '2021-11-23', reason: 'Beschluss der AG nach Bedarfsabfrage bei Betrieben.' },
      { status: 'IN_PROGRESS', on: '2022-04-01', reason: 'Erster Abendkurs Pflegedeutsch gestartet.' },
    ],
    indicators: [
      {
        name: 'Teilnehmende im berufsbezogenen Sprachcoaching',
        unit: 'Personen',
        baseline: 0,
        target: 150,
        measurements: [
          { on: '2022-12-31', value: 34 },
          { on: '2023-12-31', value: 71 },
          { on: '2024-12-31', value: 98 },
          { on: '2025-12-31', value: 117 },
        ],
      },
      {
        name: 'Übergänge in sozialversicherungspflichtige Beschäftigung',
        unit: 'Personen',
        baseline: 0,
        target: 80,
        measurements: [
          { on: '2023-12-31', value: 19 },
          { on: '2024-12-31', value: 41 },
          { on: '2025-12-31', value: 56 },
        ],
      },
    ],
  },
  {
    key: 'as-arbeitgeberservice',
    body: 'ag-arbeit-sprache',
    title: 'Servicestelle für Unternehmen zur Einstellung von Neuzugewanderten',
    description:
      'Arbeitgeberservice als gemeinsame Anlaufstelle für die Themen Praktikum, Arbeitserlaubnis, ergänzende Sprachförderung und Versicherung.',
    goals: [6],
    owners: ['Agentur für Arbeit Lindenau', 'Industrie- und Handelskammer Lindenau', 'Stabsstelle Arbeitsmarktintegration'],
    responsible: 'julia-brede',
    startOn: '2019-06-01',
    dueOn: '2022-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2019-03-12', reason: 'Vorschlag der Kammern in der AG.' },
      { status: 'IN_PROGRESS', on: '2019-06-01', reason: 'Konzept mit Agentur für Arbeit und IHK abgestimmt.' },
      {
        status: 'DONE',
        on: '2022-05-31',
        reason: 'Servicestelle arbeitet im Regelbetrieb; Fortführung durch die Unter-AG Arbeitgeberservice.',
      },
    ],
  },
  {
    key: 'as-anerkennungsberatung',
    body: 'ag-arbeit-sprache',
    title: 'Optimierung der Anerkennungsberatung durch zeitnahe Verweisberatung',
    description:
      'Verbesserte Information der Neuzugewanderten und eine zeitnahe, effektive Verweisberatung von Jobcenter, Migrationsberatung und Kammern zur IQ-Anlaufstelle.',
    goals: [8],
    owners: [
      'IQ-Anlaufstelle Anerkennungsberatung Lindenau',
      'Landesverwaltungsamt – Anerkennungsstelle für ausländische Berufsqualifikationen',
    ],
    responsible: 'elif-yurt',
    startOn: '2021-05-01',
    dueOn: '2026-12-31',
    progress: 55,
    history: [
      { status: 'PLANNED', on: '2021-03-09', reason: 'Lange Wartezeiten auf Erstberatung gemeldet.' },
      { status: 'IN_PROGRESS', on: '2021-05-01', reason: 'Verweisbogen eingeführt, offene Sprechstunde im Jobcenter.' },
    ],
    indicators: [
      {
        name: 'Wartezeit bis zum Erstberatungstermin',
        unit: 'Tage',
        baseline: 42,
        target: 14,
        measurements: [
          { on: '2021-12-31', value: 35 },
          { on: '2022-12-31', value: 29 },
          { on: '2024-06-30', value: 24 },
          { on: '2026-06-30', value: 19 },
        ],
      },
    ],
  },
  {
    key: 'as-projekttage-bbs',
    body: 'ag-arbeit-sprache',
    title: 'Projekttage „Ausbildung, Studium und Arbeit“ an den Berufsbildenden Schulen',
    description: 'Jährliche Projekttage in den Sprachlernklassen mit Betrieben, Kammern, Hochschule und Berufsberatung.',
    goals: [5],
    owners: ['Berufsbildende Schulen I Lindenau', 'Integration Point Lindenau', 'Fachbereich Schule und Weiterbildung – Bildungsbüro'],
    responsible: 'carsten-lohmann',
    startOn: '2019-09-01',
    dueOn: '2023-11-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2019-05-14', reason: 'Übernahme des Formats aus dem Teilprojekt II.' },
      { status: 'IN_PROGRESS', on: '2019-09-01', reason: 'Erste Projekttage im Herbst 2019.' },
      { status: 'DONE', on: '2023-11-30', reason: 'Format ist fester Bestandteil des Schuljahresplans der BBS.' },
    ],
  },
  {
    key: 'as-berufsberatung-bbs',
    body: 'ag-arbeit-sprache',
    title: 'Dauerhafte Berufsberatung in den Sprachlernklassen der BBS',
    description: 'Feste Sprechzeiten der Berufsberatung der Agentur für Arbeit in den Sprachlernklassen beider Berufsbildenden Schulen.',
    goals: [5],
    owners: [
      'Agentur für Arbeit Lindenau',
      'Berufsbildende Schulen I Lindenau',
      'Berufsbildende Schulen III Lindenau – Technik und Logistik',
    ],
    responsible: 'julia-brede',
    startOn: '2027-02-01',
    dueOn: '2027-07-31',
    progress: 5,
    history: [{ status: 'PLANNED', on: '2026-09-15', reason: 'Beschluss der AG; Start zum zweiten Schulhalbjahr 2026/27.' }],
  },
  {
    key: 'as-infoabende-duldung',
    body: 'ag-arbeit-sprache',
    title: 'Informationsreihe für Betriebe zu Ausbildungs- und Beschäftigungsduldung',
    description:
      'Informationsabende für Personalverantwortliche zu Ausbildungsduldung, Beschäftigungsduldung und Chancen-Aufenthaltsrecht.',
    goals: [6],
    owners: ['Ausländerbehörde Lindenau – Sachgebiet Duldung und Rückkehr', 'Handwerkskammer Lindenau'],
    responsible: 'olaf-steinkamp',
    startOn: '2023-03-01',
    progress: 20,
    history: [
      { status: 'PLANNED', on: '2022-11-08', reason: 'Nachfrage aus Handwerksbetrieben.' },
      { status: 'IN_PROGRESS', on: '2023-03-01', reason: 'Erster Informationsabend in der Handwerkskammer.' },
      { status: 'DROPPED', on: '2024-02-20', reason: 'Das Land bietet eine eigene Veranstaltungsreihe an; Doppelstruktur wird vermieden.' },
    ],
  },
  {
    key: 'as-mentoring-akademiker',
    body: 'ag-arbeit-sprache',
    title: 'Mentoring für geflüchtete Akademikerinnen und Akademiker',
    description: 'Tandems aus Fachkräften und geflüchteten Akademikerinnen und Akademikern für den Berufseinstieg in Deutschland.',
    goals: [6, 8],
    owners: ['Netzwerk geflüchteter Akademikerinnen und Akademiker Lindenau', 'Hochschule Lindenau – International Office'],
    responsible: 'hamid-sadeghi',
    startOn: '2025-04-01',
    dueOn: '2027-09-30',
    progress: 40,
    history: [
      { status: 'PLANNED', on: '2025-01-21', reason: 'Antrag an den Verfügungsfonds bewilligt.' },
      { status: 'IN_PROGRESS', on: '2025-04-01', reason: 'Erste zwölf Tandems vermittelt.' },
    ],
  },

  // ----- Unter-AG Arbeitgeberservice und Anerkennung ---------------------------------
  {
    key: 'uag-betriebsbesuche',
    body: 'uag-arbeitgeberservice',
    title: 'Betriebsbesuche mit Integrations- und Berufssprachkursen',
    description:
      'Kursgruppen besuchen Betriebe in Logistik, Pflege und Handwerk; Betriebe lernen potenzielle Praktikantinnen und Praktikanten kennen.',
    goals: [6],
    owners: ['Agentur für Arbeit Lindenau', 'Unternehmerverband Lindenau e. V.'],
    responsible: 'julia-brede',
    startOn: '2024-03-01',
    dueOn: '2026-12-31',
    progress: 75,
    history: [
      { status: 'PLANNED', on: '2023-12-05', reason: 'Vorschlag aus dem Qualitätszirkel Sprachförderung.' },
      { status: 'IN_PROGRESS', on: '2024-03-01', reason: 'Kooperationsbetriebe gewonnen.' },
    ],
  },
  {
    key: 'uag-leitfaden-anerkennung',
    body: 'uag-arbeitgeberservice',
    title: 'Leitfaden Anerkennung für Personalabteilungen',
    description:
      'Kompakter Leitfaden zu Anerkennungsverfahren, Anpassungsqualifizierung und Fördermöglichkeiten für Personalverantwortliche.',
    goals: [8],
    owners: ['IQ-Anlaufstelle Anerkennungsberatung Lindenau', 'Industrie- und Handelskammer Lindenau'],
    responsible: 'elif-yurt',
    startOn: '2020-06-01',
    dueOn: '2021-03-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2020-02-01', reason: 'Erstes Arbeitspaket der Unter-AG.' },
      { status: 'IN_PROGRESS', on: '2020-06-01', reason: 'Entwurf mit Kammern abgestimmt.' },
      { status: 'DONE', on: '2021-04-20', reason: 'Leitfaden gedruckt und online veröffentlicht.' },
    ],
  },

  // ----- AG Bürgerschaftliches Engagement ---------------------------------------------
  {
    key: 'be-fortbildungen',
    body: 'ag-engagement',
    title: 'Handlungs- und praxisorientierte Fortbildungen für Ehrenamtliche',
    description:
      'Fortführung und Weiterentwicklung der Fortbildungsreihe (Asyl- und Aufenthaltsrecht, Umgang mit Belastungen, interkulturelle Kommunikation) sowie Begleitung und Unterstützung der Ehrenamtlichen.',
    goals: [13],
    owners: [
      'Freiwilligenagentur Lindenau',
      'Erfahrungswissen für Initiativen Lindenau e. V.',
      'Caritas – Ehrenamtskoordination Flüchtlingshilfe',
    ],
    responsible: 'ruth-engelking',
    startOn: '2019-01-01',
    dueOn: '2027-12-31',
    progress: 65,
    history: [
      { status: 'PLANNED', on: '2018-10-16', reason: 'Ergebnis des Fachtags für Ehrenamtliche 2017.' },
      { status: 'IN_PROGRESS', on: '2019-01-01', reason: 'Jahresprogramm 2019 veröffentlicht.' },
    ],
    indicators: [
      {
        name: 'Fortbildungsveranstaltungen',
        unit: 'Veranstaltungen pro Jahr',
        baseline: 4,
        target: 12,
        measurements: [
          { on: '2019-12-31', value: 8 },
          { on: '2021-12-31', value: 6, note: 'Überwiegend online' },
          { on: '2023-12-31', value: 10 },
          { on: '2025-12-31', value: 11 },
        ],
      },
      {
        name: 'Teilnehmende Ehrenamtliche',
        unit: 'Personen pro Jahr',
        baseline: 60,
        target: 200,
        measurements: [
          { on: '2019-12-31', value: 134 },
          { on: '2021-12-31', value: 97 },
          { on: '2023-12-31', value: 171 },
          { on: '2025-12-31', value: 188 },
        ],
      },
    ],
  },
  {
    key: 'be-kurzzeitengagement',
    body: 'ag-engagement',
    title: 'Förderung kurzfristiger und punktueller Engagementmöglichkeiten',
    description:
      'Engagement-Börse mit Einsätzen von wenigen Stunden (Umzugshilfe, Festbegleitung, Lesestunden) für Menschen ohne feste Zeitressourcen.',
    goals: [13],
    owners: ['Freiwilligenagentur Lindenau', 'Ehrenamtsbüro der Stadt Lindenau'],
    responsible: 'ruth-engelking',
    startOn: '2019-04-01',
    dueOn: '2021-03-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2019-01-22', reason: 'Rückgang langfristiger Patenschaften.' },
      { status: 'IN_PROGRESS', on: '2019-04-01', reason: 'Engagement-Börse in der Freiwilligenagentur eingerichtet.' },
      { status: 'DONE', on: '2021-02-26', reason: 'Börse läuft im Regelbetrieb der Freiwilligenagentur.' },
    ],
  },
  {
    key: 'be-rueckmeldeschleife',
    body: 'ag-engagement',
    title: 'Hinweise und Kritik der Ehrenamtlichen in die Entscheidungsprozesse einbringen',
    description:
      'Sicherstellung, dass Hinweise, Anregungen und Kritik der Ehrenamtlichen konstruktiv wahrgenommen werden: halbjährlicher Bericht des Koordinierungskreises in der Lenkungsgruppe.',
    goals: [13],
    owners: ['Sozialdezernat – Büro für Integrierte Sozialplanung und Prävention', 'Koordinierungskreis der Willkommensinitiativen'],
    responsible: 'gesine-harmsen',
    startOn: '2022-01-01',
    dueOn: '2026-06-30',
    progress: 50,
    history: [
      { status: 'PLANNED', on: '2021-10-12', reason: 'Forderung aus dem Forum Integration 2021.' },
      { status: 'IN_PROGRESS', on: '2022-01-01', reason: 'Erster Bericht in der Lenkungsgruppe.' },
    ],
  },
  {
    key: 'be-gefluechtete-im-ehrenamt',
    body: 'ag-engagement',
    title: 'Einbindung von Geflüchteten in die Ehrenamtsarbeit',
    description:
      'Neuzugewanderte werden selbst als Engagierte gewonnen, etwa als Sprachmittelnde, Lotsinnen und Lotsen oder Übungsleitende.',
    goals: [11, 13],
    owners: ['Freiwilligenagentur Lindenau', 'Verband der Migrantenorganisationen Lindenau e. V.'],
    responsible: 'cem-durmaz',
    startOn: '2020-09-01',
    dueOn: '2027-06-30',
    progress: 40,
    history: [
      { status: 'PLANNED', on: '2020-05-19', reason: 'Schwerpunktthema der AG 2020.' },
      { status: 'IN_PROGRESS', on: '2020-09-01', reason: 'Informationsabende in Migrantenorganisationen.' },
    ],
    indicators: [
      {
        name: 'Engagierte mit eigener Fluchterfahrung',
        unit: 'Personen',
        baseline: 15,
        target: 80,
        measurements: [
          { on: '2021-06-30', value: 22 },
          { on: '2022-12-31', value: 39 },
          { on: '2024-12-31', value: 47 },
          { on: '2026-06-30', value: 52 },
        ],
      },
    ],
  },
  {
    key: 'be-angebotsdarstellung',
    body: 'ag-engagement',
    title: 'Transparente Darstellung der integrationsfördernden Angebote und Strukturen',
    description:
      'Online-Wegweiser mit allen Angeboten, Beratungsstellen und Engagementmöglichkeiten in der Stadt, gepflegt von den Organisationen selbst.',
    goals: [13, 16],
    owners: ['Kommunales Integrationszentrum Lindenau', 'Projektbüro „Lindenau integriert“'],
    responsible: 'tarek-mansour',
    startOn: '2023-02-01',
    dueOn: '2026-12-31',
    progress: 80,
    history: [
      { status: 'PLANNED', on: '2022-11-15', reason: 'Forderung der Fachtage nach transparenter Angebotsdarstellung.' },
      { status: 'IN_PROGRESS', on: '2023-02-01', reason: 'Datenmodell und Erfassungsbogen abgestimmt.' },
    ],
    indicators: [
      {
        name: 'Im Wegweiser erfasste Angebote',
        unit: 'Angebote',
        baseline: 0,
        target: 400,
        measurements: [
          { on: '2023-12-31', value: 118 },
          { on: '2024-12-31', value: 247 },
          { on: '2025-12-31', value: 312 },
          { on: '2026-10-31', value: 356 },
        ],
      },
    ],
  },
  {
    key: 'be-projektfortfuehrung',
    body: 'ag-engagement',
    title: 'Vorschläge zur Fortführung auslaufender Projekte zur Unterstützung des Engagements',
    description:
      'Vorschläge an die Lenkungsgruppe, welche Projekte nach Auslaufen der Förderung fortgeführt oder in Regelstrukturen überführt werden.',
    goals: [13],
    owners: ['Caritasverband Lindenau e. V.', 'Sozialdezernat – Büro für Integrierte Sozialplanung und Prävention'],
    responsible: 'benedikt-krampe',
    startOn: '2018-10-01',
    dueOn: '2019-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2018-09-25', reason: 'Förderung mehrerer Projekte endet 2019.' },
      { status: 'IN_PROGRESS', on: '2018-10-01', reason: 'Projektsteckbriefe erhoben.' },
      { status: 'DONE', on: '2019-05-21', reason: 'Lenkungsgruppe beschließt Fortführung von vier Projekten aus dem Verfügungsfonds.' },
    ],
  },
  {
    key: 'be-vereinbarungen-mo',
    body: 'ag-engagement',
    title: 'Verstärkte Zusammenarbeit mit Migrantenorganisationen – Vereinbarungen zur Zusammenarbeit',
    description:
      'Abschluss von konkreten Vereinbarungen zur Zusammenarbeit zwischen Stadt und Migrantenorganisationen mit Ansprechpersonen, Beteiligung und Unterstützung.',
    goals: [13],
    owners: ['Kommunales Integrationszentrum Lindenau', 'Verband der Migrantenorganisationen Lindenau e. V.'],
    responsible: 'tarek-mansour',
    startOn: '2022-09-01',
    dueOn: '2027-06-30',
    progress: 50,
    history: [
      { status: 'PLANNED', on: '2022-05-17', reason: 'Auftrag der Lenkungsgruppe.' },
      { status: 'IN_PROGRESS', on: '2022-09-01', reason: 'Mustervereinbarung mit dem Verband der Migrantenorganisationen entwickelt.' },
    ],
    indicators: [
      {
        name: 'Abgeschlossene Vereinbarungen zur Zusammenarbeit',
        unit: 'Vereinbarungen',
        baseline: 0,
        target: 8,
        measurements: [
          { on: '2023-07-01', value: 1 },
          { on: '2024-12-31', value: 3 },
          { on: '2026-06-30', value: 4 },
        ],
      },
    ],
  },
  {
    key: 'be-ehrenamtsfest',
    body: 'ag-engagement',
    title: 'Würdigung und Wertschätzung des Engagements – jährliches Ehrenamtsfest',
    description:
      'Jährliche Veranstaltung für Ehrenamtliche in der Flüchtlingshilfe mit Ehrung langjährig Engagierter; Pilotphase 2023 bis 2026 mit Mitteln der Bürgerstiftung.',
    goals: [11, 13],
    owners: ['Ehrenamtsbüro der Stadt Lindenau', 'Bürgerstiftung Lindenau'],
    responsible: 'sven-luedtke',
    startOn: '2023-03-01',
    dueOn: '2026-09-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2023-01-17', reason: 'Termin und Finanzierung der Pilotphase mit der Bürgerstiftung vereinbart.' },
      { status: 'IN_PROGRESS', on: '2023-03-01', reason: 'Vorbereitungsgruppe gebildet.' },
      {
        status: 'DONE',
        on: '2026-09-19',
        reason: 'Viertes Ehrenamtsfest im Kesselhaus durchgeführt; ab 2027 aus dem Regelbudget des Ehrenamtsbüros finanziert.',
      },
    ],
    indicators: [
      {
        name: 'Gäste beim Ehrenamtsfest',
        unit: 'Personen',
        baseline: 150,
        target: 250,
        measurements: [
          { on: '2023-09-23', value: 181 },
          { on: '2024-09-21', value: 196 },
          { on: '2025-09-20', value: 214 },
          { on: '2026-09-19', value: 262 },
        ],
      },
    ],
  },
  {
    key: 'be-gute-beispiele',
    body: 'ag-engagement',
    title: 'Leistungen und Wirkungen des Engagements sichtbar machen – Reihe „Gute Beispiele“',
    description: 'Porträts gelungener Projekte im Bürgerfunk und im Online-Wegweiser; gute Beispiele werden kommuniziert.',
    goals: [13],
    owners: ['Offener Kanal Lindenau', 'Freiwilligenagentur Lindenau'],
    responsible: 'hartmut-bolle',
    startOn: '2024-05-01',
    dueOn: '2025-12-31',
    progress: 30,
    history: [
      { status: 'PLANNED', on: '2024-02-13', reason: 'Idee aus dem Ehrenamtsfest 2023.' },
      { status: 'IN_PROGRESS', on: '2024-05-01', reason: 'Drei Porträts produziert.' },
      { status: 'STALLED', on: '2025-04-08', reason: 'Ehrenamtliches Redaktionsteam hat sich aufgelöst.' },
    ],
  },
  {
    key: 'be-supervision',
    body: 'ag-engagement',
    title: 'Supervision und Entlastungsangebote für Patinnen und Paten',
    description: 'Gruppensupervision für langfristig Engagierte mit multiplen Problemlagen, um Überlastung und Abbrüchen vorzubeugen.',
    goals: [13],
    owners: ['Caritas – Ehrenamtskoordination Flüchtlingshilfe', 'Psychosoziales Zentrum für Geflüchtete Lindenau'],
    responsible: 'katharina-nolte',
    startOn: '2027-01-15',
    dueOn: '2027-12-31',
    progress: 0,
    history: [{ status: 'PLANNED', on: '2026-10-06', reason: 'Ergebnis der Ehrenamtsbefragung 2026.' }],
  },
  {
    key: 'be-engagementpreis',
    body: 'ag-engagement',
    title: 'Sonderkategorie „Engagement von Neuzugewanderten“ beim Engagementpreis',
    description: 'Eigene Preiskategorie für Engagierte mit Einwanderungsgeschichte beim jährlichen Lindenauer Engagementpreis.',
    goals: [11],
    owners: ['Bürgerstiftung Lindenau'],
    responsible: 'konrad-lenz',
    progress: 0,
    history: [
      { status: 'PLANNED', on: '2022-06-14', reason: 'Vorschlag des Verbands der Migrantenorganisationen.' },
      {
        status: 'DROPPED',
        on: '2023-02-07',
        reason: 'Die Bürgerstiftung berücksichtigt das Thema in den bestehenden Kategorien statt in einer Sonderkategorie.',
      },
    ],
  },
  {
    key: 'be-datenschutz-initiativen',
    body: 'ag-engagement',
    title: 'Datenschutzleitfaden für Willkommensinitiativen',
    description: 'Praxisleitfaden zum Umgang mit personenbezogenen Daten von Geflüchteten und Ehrenamtlichen nach der DSGVO.',
    goals: [13],
    owners: ['Koordinierungskreis der Willkommensinitiativen', 'Freiwilligenagentur Lindenau'],
    responsible: 'waltraud-kemper',
    startOn: '2019-09-01',
    dueOn: '2020-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2019-06-18', reason: 'Unsicherheit der Initiativen zur DSGVO.' },
      { status: 'IN_PROGRESS', on: '2019-09-01', reason: 'Entwurf mit dem Datenschutzbeauftragten der Stadt abgestimmt.' },
      { status: 'DONE', on: '2020-06-16', reason: 'Leitfaden an alle Initiativen verteilt.' },
    ],
  },

  // ----- AG Wohnen und Zusammenleben im Quartier ----------------------------------------
  {
    key: 'wq-bestandsaufnahme',
    body: 'ag-wohnen',
    title: 'Quartiersorientierte Angebote erfassen, beschreiben und abstimmen',
    description:
      'Herstellung von Transparenz: Quartiersorientierte Angebote und Maßnahmen sind erfasst, konkret beschrieben und aufeinander abgestimmt.',
    goals: [10],
    owners: [
      'Sozialdezernat – Büro für Integrierte Sozialplanung und Prävention',
      'Stadtteilkoordination Lindenau-Nord',
      'Quartiersmanagement Neustadt',
    ],
    responsible: 'gesine-harmsen',
    startOn: '2018-11-01',
    dueOn: '2020-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2018-09-25', reason: 'Erstes Arbeitspaket der AG.' },
      { status: 'IN_PROGRESS', on: '2018-11-01', reason: 'Erhebung in den Pilotquartieren.' },
      { status: 'DONE', on: '2020-07-07', reason: 'Angebotslandkarten für Neustadt, Am Hafen und Nord veröffentlicht.' },
    ],
  },
  {
    key: 'wq-sozialraummonitoring',
    body: 'ag-wohnen',
    title: 'Relevante Themen und Desintegrationstendenzen in den Quartieren identifizieren',
    description: 'Kleinräumiges Sozialraummonitoring mit Integrationskennzahlen für alle dreizehn Stadtteile.',
    goals: [10],
    owners: ['Sachgebiet Integrationsmonitoring und Statistik', 'Sozialdezernat – Büro für Integrierte Sozialplanung und Prävention'],
    responsible: 'robert-kessler',
    startOn: '2021-01-01',
    dueOn: '2026-09-30',
    progress: 70,
    history: [
      { status: 'PLANNED', on: '2020-10-13', reason: 'Datengrundlage für die Prioritätensetzung der Lenkungsgruppe.' },
      { status: 'IN_PROGRESS', on: '2021-01-01', reason: 'Kennzahlenset abgestimmt.' },
    ],
    indicators: [
      {
        name: 'Stadtteile mit Sozialraumprofil',
        unit: 'Stadtteile',
        baseline: 0,
        target: 13,
        measurements: [
          { on: '2021-12-31', value: 3 },
          { on: '2023-06-30', value: 6 },
          { on: '2025-06-30', value: 8 },
          { on: '2026-09-30', value: 9 },
        ],
      },
    ],
  },
  {
    key: 'wq-stimmungsbild',
    body: 'ag-wohnen',
    title: 'Integrationsbemühungen und „Stimmung“ in den Quartieren systematisch erfassen',
    description: 'Wiederholte Bewohnerbefragung in Kooperation mit der Hochschule zur Wahrnehmung des Zusammenlebens.',
    goals: [10, 12],
    owners: ['Hochschule Lindenau – Fachbereich Soziale Arbeit', 'Sozialdezernat – Büro für Integrierte Sozialplanung und Prävention'],
    responsible: 'gesine-harmsen',
    startOn: '2024-10-01',
    dueOn: '2026-03-31',
    progress: 20,
    history: [
      { status: 'PLANNED', on: '2024-06-11', reason: 'Empfehlung der wissenschaftlichen Begleitung.' },
      { status: 'IN_PROGRESS', on: '2024-10-01', reason: 'Fragebogen entwickelt.' },
      { status: 'STALLED', on: '2025-07-01', reason: 'Finanzierung der Feldphase im Haushalt 2026 nicht gesichert.' },
    ],
  },
  {
    key: 'wq-offene-institutionen',
    body: 'ag-wohnen',
    title: 'Bestehende Institutionen für alle Bewohnerinnen und Bewohner öffnen',
    description: 'Stadtteilzentren, Bibliothek und Gemeindehäuser erweitern Öffnungszeiten und mehrsprachige Informationen.',
    goals: [10],
    owners: ['Stadtbibliothek Lindenau', 'Förderverein Stadtteilzentrum Neustadt e. V.'],
    responsible: 'lea-hoffmeister',
    startOn: '2025-01-15',
    dueOn: '2027-06-30',
    progress: 45,
    history: [
      { status: 'PLANNED', on: '2024-11-19', reason: 'Ergebnis des Quartiersforums Neustadt.' },
      { status: 'IN_PROGRESS', on: '2025-01-15', reason: 'Offener Samstag im Stadtteilzentrum gestartet.' },
    ],
  },
  {
    key: 'wq-buergerdialoge',
    body: 'ag-wohnen',
    title: 'Regelhafter Austausch mit den Bürgerinnen und Bürgern – Integrationsdialoge im Stadtteil',
    description: 'Integrations- und Bürgerdialoge in den Stadtteilen über Integrationsbemühungen, Erfolge und Handlungsbedarfe.',
    goals: [12],
    owners: ['Integrationsbeauftragte der Stadt Lindenau', 'Geschäftsstelle des Integrationsrats Lindenau'],
    responsible: 'rojda-aslan',
    startOn: '2022-03-01',
    dueOn: '2027-12-31',
    progress: 60,
    history: [
      { status: 'PLANNED', on: '2021-11-16', reason: 'Gemeinsamer Vorschlag von Integrationsrat und Integrationsbeauftragter.' },
      { status: 'IN_PROGRESS', on: '2022-03-01', reason: 'Erster Dialog in der Weststadt.' },
    ],
    indicators: [
      {
        name: 'Durchgeführte Bürgerdialoge',
        unit: 'Veranstaltungen',
        baseline: 0,
        target: 13,
        measurements: [
          { on: '2022-12-31', value: 3 },
          { on: '2023-12-31', value: 5 },
          { on: '2024-12-31', value: 7 },
          { on: '2025-12-31', value: 9 },
        ],
      },
      {
        name: 'Teilnehmende an Bürgerdialogen',
        unit: 'Personen',
        baseline: 0,
        target: 900,
        measurements: [
          { on: '2022-12-31', value: 140 },
          { on: '2024-12-31', value: 385 },
          { on: '2025-12-31', value: 512 },
        ],
      },
    ],
  },
  {
    key: 'wq-belegungsvereinbarung',
    body: 'ag-wohnen',
    title: 'Belegungsvereinbarung für heterogene Bewohnerschaften',
    description: 'Alle Gestaltungsmöglichkeiten bei der Belegung werden genutzt, um Konzentrationen in einzelnen Wohnanlagen zu vermeiden.',
    goals: [7, 10],
    owners: [
      'Städtische Wohnungsgesellschaft Lindenau mbH',
      'Wohnungsbaugenossenschaft Lindenau-Nord eG',
      'Amt für Wohnen und Stadterneuerung',
    ],
    responsible: 'uwe-reinecke',
    startOn: '2025-09-01',
    dueOn: '2027-03-31',
    progress: 30,
    history: [
      { status: 'PLANNED', on: '2025-05-20', reason: 'Auftrag aus dem Masterplan Wohnen.' },
      { status: 'IN_PROGRESS', on: '2025-09-01', reason: 'Gespräche mit den Wohnungsunternehmen aufgenommen.' },
    ],
  },
  {
    key: 'wq-auszugsmanagement',
    body: 'ag-wohnen',
    title: 'Auszug aus Gemeinschaftsunterkünften in eigenen Wohnraum',
    description:
      'Gemeinsames Auszugsmanagement von Team UBM, Wohnungsunternehmen und Wohnungspaten; Vermittlung von Erstausstattung über die Möbelbörse.',
    goals: [7],
    owners: ['Team Umzugs- und Betreuungsmanagement', 'Städtische Wohnungsgesellschaft Lindenau mbH', 'Wohnungspaten Lindenau'],
    responsible: 'simone-trautmann',
    startOn: '2019-07-01',
    dueOn: '2027-12-31',
    progress: 75,
    history: [
      { status: 'PLANNED', on: '2019-06-30', reason: 'Übernahme aus der aufgelösten Fachgruppe Unterbringung und Versorgung.' },
      { status: 'IN_PROGRESS', on: '2019-07-01', reason: 'Fortführung in der AG Wohnen.' },
    ],
    indicators: [
      {
        name: 'In eigenen Wohnraum vermittelte Haushalte',
        unit: 'Haushalte pro Jahr',
        baseline: 90,
        target: 200,
        measurements: [
          { on: '2020-12-31', value: 118 },
          { on: '2022-12-31', value: 146, note: 'Zusätzlich Haushalte aus der Ukraine' },
          { on: '2024-12-31', value: 171 },
          { on: '2025-12-31', value: 164 },
        ],
      },
      {
        name: 'Personen in Gemeinschaftsunterkünften',
        unit: 'Personen',
        baseline: 1450,
        target: 400,
        measurements: [
          { on: '2020-12-31', value: 980 },
          { on: '2022-12-31', value: 1210 },
          { on: '2024-12-31', value: 760 },
          { on: '2026-06-30', value: 590 },
        ],
      },
    ],
  },
  {
    key: 'wq-aufsuchende-zugaenge',
    body: 'ag-wohnen',
    title: 'Interdisziplinäre Zugänge zu den Bewohnerinnen und Bewohnern erproben und einführen',
    description: 'Gemeinsame aufsuchende Sprechstunden von Stadtteilkoordination, Jugendarbeit und Migrationsberatung in Lindenau-Nord.',
    goals: [10],
    owners: ['Stadtteilkoordination Lindenau-Nord', 'Stadtjugendring Lindenau e. V.'],
    responsible: 'miriam-esch',
    startOn: '2021-09-01',
    dueOn: '2024-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2021-06-08', reason: 'Pilotierung in Lindenau-Nord beschlossen.' },
      { status: 'IN_PROGRESS', on: '2021-09-01', reason: 'Wöchentliche Sprechstunde am Nordring.' },
      { status: 'DONE', on: '2024-06-28', reason: 'Format in die Regelarbeit der Stadtteilkoordination übernommen.' },
    ],
  },
  {
    key: 'wq-quartiersidentitaet',
    body: 'ag-wohnen',
    title: 'Projektideen zur Förderung der Quartiersidentität und des „Einheimisch-Werden-Könnens“',
    description:
      'Erarbeitung von Vorschlägen und Projektideen zur Förderung des sozialen Miteinanders; gute Beispiele werden kommuniziert.',
    goals: [10, 11],
    owners: ['Quartiersmanagement Neustadt', 'Kulturverein Alte Weberei e. V.'],
    responsible: 'lea-hoffmeister',
    startOn: '2027-01-15',
    dueOn: '2027-12-31',
    progress: 5,
    history: [{ status: 'PLANNED', on: '2026-09-29', reason: 'Ideenwerkstatt für Januar 2027 terminiert.' }],
  },
  {
    key: 'wq-konfliktlotsen',
    body: 'ag-wohnen',
    title: 'Konfliktlotsinnen und -lotsen für Nachbarschaftskonflikte',
    description: 'Geschulte Bewohnerinnen und Bewohner vermitteln bei Nachbarschaftskonflikten in Großwohnanlagen.',
    goals: [10],
    owners: ['Wohnungsbaugenossenschaft Lindenau-Nord eG', 'Mieterverein Lindenau e. V.'],
    responsible: 'tanja-meiners',
    startOn: '2021-04-01',
    dueOn: '2023-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2021-01-19', reason: 'Zunahme von Beschwerden in zwei Wohnanlagen.' },
      { status: 'IN_PROGRESS', on: '2021-04-01', reason: 'Erste Schulung von zwölf Lotsinnen und Lotsen.' },
      { status: 'DONE', on: '2023-06-27', reason: 'Lotsenteam arbeitet eigenständig; Begleitung durch die WBG Nord.' },
    ],
  },
  {
    key: 'wq-mietfuehrerschein',
    body: 'ag-wohnen',
    title: 'Mietführerschein für Wohnungssuchende',
    description: 'Kurs zu Mietvertrag, Nebenkosten, Mülltrennung und Hausordnung mit Zertifikat, das die Wohnungsunternehmen anerkennen.',
    goals: [7],
    owners: ['Mieterverein Lindenau e. V.', 'Wohnungspaten Lindenau'],
    responsible: 'ute-krohn',
    startOn: '2023-05-01',
    dueOn: '2026-12-31',
    progress: 50,
    history: [
      { status: 'PLANNED', on: '2023-02-14', reason: 'Vorschlag der Wohnungswirtschaft.' },
      { status: 'IN_PROGRESS', on: '2023-05-01', reason: 'Erster Kurs im Mieterverein.' },
    ],
    indicators: [
      {
        name: 'Absolventinnen und Absolventen des Mietführerscheins',
        unit: 'Personen',
        baseline: 0,
        target: 300,
        measurements: [
          { on: '2023-12-31', value: 42 },
          { on: '2024-12-31', value: 96 },
          { on: '2025-12-31', value: 141 },
        ],
      },
    ],
  },
  {
    key: 'wq-jugendforen',
    body: 'ag-wohnen',
    title: 'Jugendforen in den Pilotquartieren',
    description: 'Beteiligungsformate für Jugendliche zur Gestaltung von Treffpunkten im Quartier.',
    goals: [12],
    owners: ['Stadtjugendring Lindenau e. V.'],
    responsible: 'timo-gerdes',
    startOn: '2020-09-01',
    progress: 25,
    history: [
      { status: 'PLANNED', on: '2020-06-09', reason: 'Vorschlag des Stadtjugendrings.' },
      { status: 'IN_PROGRESS', on: '2020-09-01', reason: 'Erstes Jugendforum in der Neustadt.' },
      {
        status: 'DROPPED',
        on: '2022-03-15',
        reason: 'Das neu gegründete Kinder- und Jugendparlament übernimmt die Beteiligung in den Stadtteilen.',
      },
    ],
  },

  // ----- Unter-AGs Quartier -------------------------------------------------------------
  {
    key: 'uag-neustadt-stadtteilfest',
    body: 'uag-quartier-neustadt',
    title: 'Interkulturelles Stadtteilfest Neustadt',
    description: 'Gemeinsam mit Bewohnerinnen, Migrantenorganisationen und Vereinen organisiertes Stadtteilfest am Europaplatz.',
    goals: [11],
    owners: [
      'Quartiersmanagement Neustadt',
      'Förderverein Stadtteilzentrum Neustadt e. V.',
      'Deutsch-Türkischer Frauenverein Lindenau e. V.',
    ],
    responsible: 'lea-hoffmeister',
    startOn: '2025-02-01',
    dueOn: '2025-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2024-11-26', reason: 'Beschluss der Unter-AG.' },
      { status: 'IN_PROGRESS', on: '2025-02-01', reason: 'Vorbereitungskreis mit Bewohnerinnen gebildet.' },
      { status: 'DONE', on: '2025-06-14', reason: 'Fest mit rund 1.500 Gästen durchgeführt.' },
    ],
  },
  {
    key: 'uag-hafen-elterncafe',
    body: 'uag-quartier-hafen',
    title: 'Elterncafé Am Hafen verstetigen',
    description: 'Das ehrenamtlich getragene Elterncafé erhält feste Räume im Familienzentrum und eine hauptamtliche Begleitung.',
    goals: [10, 11],
    owners: ['AWO Familienzentrum Am Hafen', 'Elterncafé Am Hafen'],
    responsible: 'nele-janssen',
    startOn: '2024-09-01',
    dueOn: '2026-06-30',
    progress: 40,
    history: [
      { status: 'PLANNED', on: '2024-06-04', reason: 'Antrag an den Verfügungsfonds in Vorbereitung.' },
      { status: 'IN_PROGRESS', on: '2024-09-01', reason: 'Räume im Familienzentrum zugesagt.' },
      { status: 'STALLED', on: '2026-03-01', reason: 'Unter-AG pausiert; hauptamtliche Begleitung fehlt.' },
    ],
  },

  // ----- AG Optimierung von (Erst-)Unterstützungsstrukturen ---------------------------------
  {
    key: 'eu-willkommensmappe',
    body: 'ag-erstunterstuetzung',
    title: 'Überblick über Erstberatung bei Ankunft – Willkommensmappe',
    description:
      'Neuzugewanderte erhalten bei ihrer Ankunft zeitnah einen Überblick über Erstberatung und Unterstützung: mehrsprachige Willkommensmappe mit Anlaufstellen und Ordnungshilfe für wichtige Dokumente.',
    goals: [14, 16],
    owners: ['Kommunales Integrationszentrum Lindenau', 'Fachbereich Bürgerdienste Lindenau', 'Gemeindedolmetscherdienst Lindenau gGmbH'],
    responsible: 'henrike-vossberg',
    startOn: '2018-11-01',
    dueOn: '2020-03-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2018-09-25', reason: 'Erstes Arbeitspaket der AG.' },
      { status: 'IN_PROGRESS', on: '2018-11-01', reason: 'Inhalte mit den Erstberatungsstellen abgestimmt.' },
      { status: 'DONE', on: '2020-02-18', reason: 'Mappe in sechs Sprachen gedruckt; Ausgabe bei der Anmeldung in den Bürgerdiensten.' },
    ],
    indicators: [
      {
        name: 'Ausgegebene Willkommensmappen',
        unit: 'Exemplare',
        baseline: 0,
        target: 3000,
        measurements: [
          { on: '2020-12-31', value: 610 },
          { on: '2022-12-31', value: 2840, note: 'Starker Anstieg durch Ankünfte aus der Ukraine' },
          { on: '2024-12-31', value: 3720 },
        ],
      },
    ],
  },
  {
    key: 'eu-anlaufstellen-profile',
    body: 'ag-erstunterstuetzung',
    title: 'Anlaufstellen kennen die Erstberatungsstellen und ihre Unterstützungsprofile',
    description:
      'Einheitliche Profilbögen der Erstberatungsstellen und gegenseitige Hospitationen von Behörden, Beratungsstellen und Migrantenorganisationen.',
    goals: [14],
    owners: ['AWO Kreisverband Lindenau e. V.', 'Caritas – Migrationsberatung für erwachsene Zuwanderer'],
    responsible: 'doris-wendland',
    startOn: '2023-03-01',
    dueOn: '2026-10-31',
    progress: 55,
    history: [
      { status: 'PLANNED', on: '2023-01-17', reason: 'Schwerpunkt des neuen Tandems.' },
      { status: 'IN_PROGRESS', on: '2023-03-01', reason: 'Profilbogen abgestimmt, Hospitationsprogramm gestartet.' },
    ],
  },
  {
    key: 'eu-uebergabestandard',
    body: 'ag-erstunterstuetzung',
    title: 'Zusammenarbeit zwischen Erstberatung und langfristigen Fördersystemen abstimmen',
    description:
      'Übergabestandard mit Einwilligung der Ratsuchenden von der Erstberatung an Migrationsberatung, Jugendmigrationsdienste und Jobcenter.',
    goals: [14, 16],
    owners: [
      'AWO Migrationsberatung Neustadt',
      'Caritas – Migrationsberatung für erwachsene Zuwanderer',
      'Jugendmigrationsdienst der Diakonie Lindenau',
    ],
    responsible: 'farida-nazari',
    startOn: '2024-02-01',
    dueOn: '2027-04-30',
    progress: 35,
    history: [
      { status: 'PLANNED', on: '2023-11-21', reason: 'Ergebnis der Fallbesprechungen in der AG.' },
      { status: 'IN_PROGRESS', on: '2024-02-01', reason: 'Entwurf Übergabebogen und Einwilligungserklärung.' },
    ],
  },
  {
    key: 'eu-laufmappe',
    body: 'ag-erstunterstuetzung',
    title: 'Handlungskonzept zielorientierte Erst-Orientierung mit Laufmappe',
    description:
      'Handlungskonzept für eine zielorientierte Erst-Orientierung mit klar definierten Förderinstrumenten, insbesondere einer Laufmappe mit Terminübersicht.',
    goals: [14],
    owners: ['Kommunales Integrationszentrum Lindenau', 'Fachbereich Schule und Weiterbildung – Bildungsbüro'],
    responsible: 'patrick-wendt',
    startOn: '2021-02-01',
    dueOn: '2025-09-30',
    progress: 60,
    history: [
      { status: 'PLANNED', on: '2020-11-17', reason: 'Folgeauftrag aus der Willkommensmappe.' },
      { status: 'IN_PROGRESS', on: '2021-02-01', reason: 'Konzeptgruppe gebildet.' },
      {
        status: 'STALLED',
        on: '2025-03-04',
        reason: 'Datenschutzrechtliche Prüfung der Laufmappe durch den Datenschutzbeauftragten steht aus.',
      },
    ],
  },
  {
    key: 'eu-beratungswege',
    body: 'ag-erstunterstuetzung',
    title: 'Beratungswege nach Rechtsstatus darstellen',
    description:
      'Grafische Darstellung der Beratungswege für Geflüchtete und für Zugewanderte aus Südosteuropa mit Zuständigkeiten nach Rechtsstatus und Alter.',
    goals: [16],
    owners: ['Kommunales Integrationszentrum Lindenau', 'Koordinierungsstelle Zuwanderung Südosteuropa'],
    responsible: 'henrike-vossberg',
    startOn: '2019-01-15',
    dueOn: '2019-09-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2018-11-20', reason: 'Orientierungsschwierigkeiten von Haupt- und Ehrenamtlichen.' },
      { status: 'IN_PROGRESS', on: '2019-01-15', reason: 'Aufgaben und Rollen der Beratungseinrichtungen erhoben.' },
      { status: 'DONE', on: '2019-09-24', reason: 'Zwei Übersichten veröffentlicht.' },
    ],
  },
  {
    key: 'eu-abh-terminkontingent',
    body: 'ag-erstunterstuetzung',
    title: 'Terminkontingent der Ausländerbehörde für Beratungsstellen',
    description: 'Beratungsstellen können für dringende Fälle Termine aus einem festen Kontingent buchen.',
    goals: [16],
    owners: ['Ausländerbehörde der Stadt Lindenau'],
    responsible: 'bianca-sommerfeld',
    startOn: '2024-04-01',
    dueOn: '2026-12-31',
    progress: 80,
    history: [
      { status: 'PLANNED', on: '2024-01-23', reason: 'Problemanzeige der Migrationsberatung zu Wartezeiten.' },
      { status: 'IN_PROGRESS', on: '2024-04-01', reason: 'Kontingent von 20 Terminen pro Woche eingerichtet.' },
    ],
    indicators: [
      {
        name: 'Wartezeit auf einen Termin der Ausländerbehörde',
        unit: 'Tage',
        baseline: 63,
        target: 21,
        measurements: [
          { on: '2024-06-30', value: 55 },
          { on: '2024-12-31', value: 41 },
          { on: '2025-06-30', value: 34 },
          { on: '2026-06-30', value: 27 },
        ],
      },
    ],
  },
  {
    key: 'eu-sprachmittlung',
    body: 'ag-erstunterstuetzung',
    title: 'Verlässliche Sprach- und Integrationsmittlung in den Erstberatungsstellen',
    description: 'Rahmenvertrag für Sprachmitteleinsätze in Beratungsstellen, auch per Video, mit einheitlicher Abrechnung.',
    goals: [16],
    owners: ['Gemeindedolmetscherdienst Lindenau gGmbH', 'Stadt Lindenau – Fachbereich Soziales'],
    responsible: 'samira-bensaid',
    startOn: '2025-06-01',
    dueOn: '2027-06-30',
    progress: 40,
    history: [
      { status: 'PLANNED', on: '2025-03-18', reason: 'Budget für Sprachmittlung im Haushalt 2026 beantragt.' },
      { status: 'IN_PROGRESS', on: '2025-06-01', reason: 'Verhandlungen über einen Rahmenvertrag aufgenommen.' },
    ],
    indicators: [
      {
        name: 'Vermittelte Sprachmitteleinsätze in Beratungsstellen',
        unit: 'Einsätze pro Quartal',
        baseline: 140,
        target: 400,
        measurements: [
          { on: '2025-09-30', value: 176 },
          { on: '2026-03-31', value: 231 },
          { on: '2026-09-30', value: 268 },
        ],
      },
    ],
  },
  {
    key: 'eu-interkulturelle-oeffnung',
    body: 'ag-erstunterstuetzung',
    title: 'Schulungen zur interkulturellen Öffnung in den Bürgerdiensten',
    description:
      'Schulungsreihe für Mitarbeitende der Bürgerberatung zu Rechtsstatus, einfacher Sprache und diskriminierungssensibler Kommunikation.',
    goals: [3, 16],
    owners: ['Fachbereich Bürgerdienste Lindenau', 'Kommunales Integrationszentrum Lindenau'],
    responsible: 'susanne-eilers',
    startOn: '2021-10-01',
    dueOn: '2023-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2021-06-15', reason: 'Beschwerden über Verständigungsprobleme.' },
      { status: 'IN_PROGRESS', on: '2021-10-01', reason: 'Erste Schulungsgruppe.' },
      { status: 'DONE', on: '2023-05-31', reason: 'Alle Teams der Bürgerberatung geschult.' },
    ],
    indicators: [
      {
        name: 'Geschulte Mitarbeitende',
        unit: 'Personen',
        baseline: 0,
        target: 85,
        measurements: [
          { on: '2021-12-31', value: 18 },
          { on: '2022-06-30', value: 44 },
          { on: '2022-12-31', value: 67 },
          { on: '2023-05-31', value: 88 },
        ],
      },
    ],
  },
  {
    key: 'eu-messenger-erstinfo',
    body: 'ag-erstunterstuetzung',
    title: 'Mehrsprachige digitale Erstinformation per Messenger-Kanal',
    description: 'Kanal mit geprüften Informationen zu Terminen, Fristen und Angeboten in Arabisch, Dari, Ukrainisch und Türkisch.',
    goals: [14],
    owners: ['Jugendmigrationsdienst der Diakonie Lindenau', 'Kommunales Integrationszentrum Lindenau'],
    responsible: 'ahmad-rahimi',
    startOn: '2027-03-01',
    dueOn: '2027-12-31',
    progress: 0,
    history: [{ status: 'PLANNED', on: '2026-11-03', reason: 'Konzeptskizze von der AG befürwortet; Datenschutzprüfung vorgeschaltet.' }],
  },
  {
    key: 'eu-transparenz-traegervereinbarungen',
    body: 'ag-erstunterstuetzung',
    title: 'Transparenz über Trägervereinbarungen in der Migrationsberatung',
    description: 'Übersicht, welche Träger mit welchem Auftrag, welcher Zielgruppe und welchem Stadtteilbezug beraten.',
    goals: [14],
    owners: ['Stadt Lindenau – Fachbereich Soziales', 'Arbeitsgemeinschaft der Wohlfahrtsverbände Lindenau'],
    responsible: 'sandra-oltmanns',
    startOn: '2021-03-01',
    dueOn: '2022-03-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2020-11-17', reason: 'Mangel an Transparenz und Absprachen bei den Trägervereinbarungen.' },
      { status: 'IN_PROGRESS', on: '2021-03-01', reason: 'Abfrage bei allen Trägern.' },
      { status: 'DONE', on: '2022-03-29', reason: 'Übersicht in den Wegweiser übernommen.' },
    ],
  },
  {
    key: 'eu-ankunft-ukraine',
    body: 'ag-erstunterstuetzung',
    title: 'Ankunftsstruktur für Geflüchtete aus der Ukraine',
    description:
      'Anlaufstelle am Hauptbahnhof mit Erstinformation, Vermittlung in Unterkünfte und Terminvergabe für Registrierung und Leistungen.',
    goals: [14],
    owners: ['Bahnhofsmission Lindenau', 'DRK-Kreisverband Lindenau e. V.', 'Fachbereich Bürgerdienste Lindenau'],
    responsible: 'susanne-eilers',
    startOn: '2022-03-07',
    dueOn: '2022-09-30',
    progress: 100,
    history: [
      { status: 'IN_PROGRESS', on: '2022-03-07', reason: 'Sofortmaßnahme; Beschluss der Lenkungsgruppe im Umlaufverfahren.' },
      { status: 'DONE', on: '2022-08-31', reason: 'Ankünfte rückläufig; Aufgaben in die Bürgerdienste übernommen.' },
    ],
  },
  {
    key: 'eu-sprechstunde-integrationsrat',
    body: 'ag-erstunterstuetzung',
    title: 'Sprechstunde des Integrationsrats in der Bürgerberatung',
    description: 'Monatliche Sprechstunde von Integrationsratsmitgliedern als niedrigschwellige Anlaufstelle.',
    goals: [16],
    owners: ['Geschäftsstelle des Integrationsrats Lindenau', 'Fachbereich Bürgerdienste Lindenau'],
    responsible: 'katja-niemeyer',
    startOn: '2023-09-01',
    progress: 30,
    history: [
      { status: 'PLANNED', on: '2023-05-16', reason: 'Vorschlag des Integrationsrats.' },
      { status: 'IN_PROGRESS', on: '2023-09-01', reason: 'Erste Sprechstunde.' },
      {
        status: 'DROPPED',
        on: '2025-01-31',
        reason: 'Geringe Nachfrage; Sprechstunden finden künftig in den Räumen der Migrantenorganisationen statt.',
      },
    ],
  },

  // ----- AG Flüchtlingssozialarbeit --------------------------------------------------------
  {
    key: 'fsa-betreuungsstandards',
    body: 'ag-fluechtlingssozialarbeit',
    title: 'Fortschreibung der Standards der sozialen Betreuung',
    description:
      'Überprüfung und Weiterentwicklung der Betreuungsstandards für Gemeinschaftsunterkünfte und Beratungsstellen für dezentral Wohnende.',
    goals: [7, 14],
    owners: ['Stadt Lindenau – Fachbereich Soziales', 'AWO Flüchtlingssozialarbeit Gemeinschaftsunterkunft Kirchberg'],
    responsible: 'sandra-oltmanns',
    startOn: '2025-10-01',
    dueOn: '2026-12-31',
    progress: 65,
    history: [
      { status: 'PLANNED', on: '2025-06-24', reason: 'Turnusmäßige Überprüfung alle drei Jahre.' },
      { status: 'IN_PROGRESS', on: '2025-10-01', reason: 'Redaktionsgruppe aus Verwaltung und Trägern.' },
    ],
  },
  {
    key: 'fsa-geas-reform',
    body: 'ag-fluechtlingssozialarbeit',
    title: 'Fachinformation zu Rechtsänderungen im Aufenthalts- und Sozialleistungsrecht',
    description: 'Aufbereitung der Änderungen durch die Reform des Gemeinsamen Europäischen Asylsystems für die Beratungspraxis.',
    goals: [16],
    owners: ['Stadt Lindenau – Fachbereich Soziales', 'Flüchtlingsrat Lindenau e. V.'],
    responsible: 'mario-gebauer',
    startOn: '2025-11-01',
    dueOn: '2026-06-30',
    progress: 50,
    history: [
      { status: 'PLANNED', on: '2025-09-16', reason: 'Viele Rückfragen aus den Beratungsstellen.' },
      { status: 'IN_PROGRESS', on: '2025-11-01', reason: 'Erste Arbeitshilfe verteilt.' },
    ],
  },
  {
    key: 'fsa-psychosoziale-versorgung',
    body: 'ag-fluechtlingssozialarbeit',
    title: 'Sonderveranstaltung zum System der psychosozialen Versorgung',
    description: 'Themenbezogene Sonderveranstaltung: Zugangswege in Psychotherapie, Krisenintervention und Sprachmittlung.',
    goals: [4],
    owners: ['Psychosoziales Zentrum für Geflüchtete Lindenau', 'Gesundheitsamt Lindenau'],
    responsible: 'yasmin-al-khatib',
    startOn: '2025-01-15',
    dueOn: '2025-05-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2024-11-12', reason: 'Wunsch der Träger.' },
      { status: 'IN_PROGRESS', on: '2025-01-15', reason: 'Programm abgestimmt.' },
      { status: 'DONE', on: '2025-05-08', reason: 'Sonderveranstaltung mit 64 Fachkräften durchgeführt.' },
    ],
  },
  {
    key: 'fsa-gewaltschutz',
    body: 'ag-fluechtlingssozialarbeit',
    title: 'Gewaltschutzkonzepte in allen Gemeinschaftsunterkünften umsetzen',
    description:
      'Berücksichtigung der Belange besonders vulnerabler Personen (Kinder, Frauen, Menschen mit Behinderungen, LSBTI*) in den Unterkünften.',
    goals: [15],
    owners: ['Koordination Gewaltschutz in Gemeinschaftsunterkünften', 'AWO Flüchtlingssozialarbeit Gemeinschaftsunterkunft Kirchberg'],
    responsible: 'mario-gebauer',
    startOn: '2020-01-15',
    dueOn: '2027-06-30',
    progress: 80,
    history: [
      { status: 'PLANNED', on: '2019-11-19', reason: 'Landesrahmenkonzept Gewaltschutz.' },
      { status: 'IN_PROGRESS', on: '2020-01-15', reason: 'Pilot in der Gemeinschaftsunterkunft Kirchberg.' },
    ],
    indicators: [
      {
        name: 'Unterkünfte mit umgesetztem Gewaltschutzkonzept',
        unit: 'Unterkünfte',
        baseline: 0,
        target: 6,
        measurements: [
          { on: '2020-12-31', value: 1 },
          { on: '2022-12-31', value: 3 },
          { on: '2024-12-31', value: 4 },
          { on: '2026-06-30', value: 5 },
        ],
      },
    ],
  },
  {
    key: 'fsa-falldokumentation',
    body: 'ag-fluechtlingssozialarbeit',
    title: 'Einheitliche Falldokumentation der Beratungsstellen für dezentral Wohnende',
    description: 'Gemeinsame, datenschutzkonforme Dokumentationsvorlage und Jahresstatistik aller Beratungsstellen.',
    goals: [14],
    owners: ['Caritas – Beratungsstelle für dezentral wohnende Geflüchtete Südstadt', 'Stadt Lindenau – Fachbereich Soziales'],
    responsible: 'nora-feldhaus',
    startOn: '2024-05-01',
    dueOn: '2025-12-31',
    progress: 25,
    history: [
      { status: 'PLANNED', on: '2024-02-20', reason: 'Vergleichbare Kennzahlen für den Sozialbericht fehlen.' },
      { status: 'IN_PROGRESS', on: '2024-05-01', reason: 'Kerndatensatz abgestimmt.' },
      { status: 'STALLED', on: '2025-02-11', reason: 'Beschaffung einer gemeinsamen Software verzögert sich.' },
    ],
  },

  // ----- Teilprojekt I ------------------------------------------------------------------------
  {
    key: 'tp1-fallbeispiele',
    body: 'tp-soziale-integration',
    title: 'Differenzierung der Zielgruppen und sieben typische Fallbeispiele',
    description:
      'Nicht nur der Rechtsstatus, sondern die Lebensumstände (Alter, Bleibeperspektive, UMA, Geschlecht, alleinerziehend) bestimmen die Beratung; sieben Fallbeispiele dienen als Grundlage.',
    goals: [14],
    owners: ['Projektbüro „Lindenau integriert“', 'Jugendamt der Stadt Lindenau'],
    responsible: 'claudia-brenner',
    startOn: '2017-02-01',
    dueOn: '2017-09-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2017-01-15', reason: 'Auftrag in der konstituierenden Sitzung.' },
      { status: 'IN_PROGRESS', on: '2017-02-01', reason: 'Workshops mit den teilnehmenden Institutionen.' },
      { status: 'DONE', on: '2017-10-10', reason: 'Fallbeispiele von der Lenkungsgruppe zur Kenntnis genommen.' },
    ],
  },
  {
    key: 'tp1-eltern-kita-schule',
    body: 'tp-soziale-integration',
    title: 'Begleitung der Eltern beim Übergang in Kita und Schule',
    description: 'Elternlotsinnen begleiten neu zugewanderte Familien bei Kita-Anmeldung, Schuleingangsuntersuchung und Elternabenden.',
    goals: [2],
    owners: ['Jugendamt der Stadt Lindenau', 'Fachbereich Schule und Weiterbildung – Bildungsbüro', 'Elterncafé Am Hafen'],
    responsible: 'claudia-brenner',
    startOn: '2022-08-01',
    dueOn: '2027-07-31',
    progress: 55,
    history: [
      { status: 'PLANNED', on: '2022-05-10', reason: 'Niedrige Kita-Quote bei neu zugewanderten Familien.' },
      { status: 'IN_PROGRESS', on: '2022-08-01', reason: 'Sechs Elternlotsinnen geschult.' },
    ],
    indicators: [
      {
        name: 'Kinder (3-6 Jahre) aus neu zugewanderten Familien mit Kitaplatz',
        unit: 'Prozent',
        baseline: 48,
        target: 75,
        measurements: [
          { on: '2023-03-01', value: 52 },
          { on: '2024-03-01', value: 58 },
          { on: '2025-03-01', value: 61 },
          { on: '2026-03-01', value: 64 },
        ],
      },
    ],
  },
  {
    key: 'tp1-gesundheitslotsen',
    body: 'tp-soziale-integration',
    title: 'Gesundheitslotsinnen und -lotsen in den Unterkünften',
    description: 'Mehrsprachige Lotsinnen und Lotsen informieren über das Gesundheitssystem, Vorsorge und Impfungen.',
    goals: [4],
    owners: ['Gesundheitsamt Lindenau', 'Medizinische Flüchtlingshilfe Lindenau'],
    responsible: 'imke-raabe',
    startOn: '2023-04-01',
    dueOn: '2027-03-31',
    progress: 70,
    history: [
      { status: 'PLANNED', on: '2023-01-24', reason: 'Antrag an den Verfügungsfonds bewilligt.' },
      { status: 'IN_PROGRESS', on: '2023-04-01', reason: 'Erste Schulungsreihe.' },
    ],
    indicators: [
      {
        name: 'Ausgebildete Gesundheitslotsinnen und -lotsen',
        unit: 'Personen',
        baseline: 0,
        target: 40,
        measurements: [
          { on: '2023-12-31', value: 12 },
          { on: '2024-12-31', value: 23 },
          { on: '2025-12-31', value: 31 },
        ],
      },
    ],
  },
  {
    key: 'tp1-sport-maedchen',
    body: 'tp-soziale-integration',
    title: 'Gesellschaftliche Teilhabe im organisierten Sport – insbesondere für Mädchen',
    description:
      'Mädchengruppen in Sportvereinen, Schwimmkurse und Übungsleiterinnenausbildung für junge Frauen mit Einwanderungsgeschichte.',
    goals: [9],
    owners: ['Stadtsportbund Lindenau e. V.', 'Sport- und Bäderamt Lindenau'],
    responsible: 'nicole-brauckmann',
    startOn: '2020-08-01',
    dueOn: '2024-07-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2020-05-12', reason: 'Förderung aus dem Verfügungsfonds.' },
      { status: 'IN_PROGRESS', on: '2020-08-01', reason: 'Drei Vereine beteiligt.' },
      { status: 'DONE', on: '2024-07-31', reason: 'Mädchengruppen in das Vereinsangebot übernommen.' },
    ],
    indicators: [
      {
        name: 'Mädchen mit Einwanderungsgeschichte in Sportvereinen',
        unit: 'Personen',
        baseline: 85,
        target: 200,
        measurements: [
          { on: '2021-07-31', value: 104 },
          { on: '2022-07-31', value: 146 },
          { on: '2023-07-31', value: 183 },
          { on: '2024-07-31', value: 211 },
        ],
      },
    ],
  },
  {
    key: 'tp1-tagesstruktur-gu',
    body: 'tp-soziale-integration',
    title: 'Tagesstruktur in der Gemeinschaftsunterkunft Kirchberg',
    description: 'Orientierungskurs, Spielgruppe und Lernzeiten vor Ort für Bewohnerinnen und Bewohner der Gemeinschaftsunterkunft.',
    goals: [14],
    owners: ['AWO Flüchtlingssozialarbeit Gemeinschaftsunterkunft Kirchberg', 'Volkshochschule Lindenau'],
    responsible: 'sandra-oltmanns',
    startOn: '2023-01-09',
    progress: 60,
    history: [
      { status: 'PLANNED', on: '2022-10-18', reason: 'Lange Verweildauer in der Unterkunft.' },
      { status: 'IN_PROGRESS', on: '2023-01-09', reason: 'Orientierungskurs gestartet.' },
      {
        status: 'DROPPED',
        on: '2025-06-30',
        reason: 'Die Gemeinschaftsunterkunft Kirchberg wird geschlossen; Bewohnerinnen und Bewohner ziehen in Wohnungen.',
      },
    ],
  },
  {
    key: 'tp1-kulturpass',
    body: 'tp-soziale-integration',
    title: 'Kulturpass für Neuzugewanderte',
    description: 'Kostenfreier Eintritt in Museen, Musikschule und Theater im ersten Jahr nach Ankunft.',
    goals: [9],
    owners: ['Kulturamt Lindenau', 'Musikschule Lindenau'],
    responsible: 'ines-baumgart',
    startOn: '2027-04-01',
    dueOn: '2027-12-31',
    progress: 5,
    history: [{ status: 'PLANNED', on: '2026-08-25', reason: 'Finanzierung im Kulturhaushalt 2027 vorgesehen.' }],
  },

  // ----- Teilprojekt II -------------------------------------------------------------------------
  {
    key: 'tp2-bildungsclearing',
    body: 'tp-sprache-beruf',
    title: 'Clearing der schulischen und beruflichen Bildungsvoraussetzungen',
    description: 'Einheitliches Clearingverfahren für Neuzugewanderte ab 16 Jahren mit Dokumentation von Schul- und Berufsbiografie.',
    goals: [5, 8],
    owners: ['Fachbereich Schule und Weiterbildung – Bildungsbüro', 'Integration Point Lindenau'],
    responsible: 'patrick-wendt',
    startOn: '2017-03-01',
    dueOn: '2019-03-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2017-01-15', reason: 'Schwerpunkt des Teilprojekts.' },
      { status: 'IN_PROGRESS', on: '2017-03-01', reason: 'Clearingbogen entwickelt.' },
      { status: 'DONE', on: '2019-03-26', reason: 'Verfahren in Bildungsbüro und Integration Point eingeführt.' },
    ],
  },
  {
    key: 'tp2-angebote-u25',
    body: 'tp-sprache-beruf',
    title: 'Abgestimmte Angebote für nicht mehr schulpflichtige junge Menschen bis 25 Jahre',
    description:
      'Gemeinsame Planung von Kursen zur Erreichung von Schulabschlüssen und zur Vorbereitung auf Ausbildung durch BBS, Jobcenter und VHS.',
    goals: [5],
    owners: ['Berufsbildende Schulen I Lindenau', 'Jobcenter Lindenau', 'Volkshochschule Lindenau'],
    responsible: 'henning-wrede',
    startOn: '2018-02-01',
    dueOn: '2027-07-31',
    progress: 60,
    history: [
      { status: 'PLANNED', on: '2017-10-17', reason: 'Zu wenige Angebote für junge Erwachsene ohne Schulpflicht.' },
      { status: 'IN_PROGRESS', on: '2018-02-01', reason: 'Erster Abschlusskurs an der BBS I.' },
    ],
    indicators: [
      {
        name: 'Junge Erwachsene in Schulabschlusskursen',
        unit: 'Personen',
        baseline: 20,
        target: 120,
        measurements: [
          { on: '2019-07-31', value: 48 },
          { on: '2021-07-31', value: 63 },
          { on: '2023-07-31', value: 91 },
          { on: '2025-07-31', value: 104 },
        ],
      },
    ],
  },
  {
    key: 'tp2-kooperation-ip-bbs',
    body: 'tp-sprache-beruf',
    title: 'Dauerhafte Zusammenarbeit von Integration Point und Berufsbildenden Schulen',
    description: 'Feste Ansprechpersonen und gemeinsame Fallberatung für Schülerinnen und Schüler zwischen 17 und 25 Jahren.',
    goals: [5],
    owners: [
      'Integration Point Lindenau',
      'Berufsbildende Schulen I Lindenau',
      'Berufsbildende Schulen III Lindenau – Technik und Logistik',
    ],
    responsible: 'carsten-lohmann',
    startOn: '2017-09-01',
    dueOn: '2020-07-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2017-06-20', reason: 'Ziel für das Schuljahr 2017/18.' },
      { status: 'IN_PROGRESS', on: '2017-09-01', reason: 'Kooperationsgespräche mit beiden Schulleitungen.' },
      { status: 'DONE', on: '2020-06-30', reason: 'Kooperationsvereinbarung unterzeichnet.' },
    ],
  },
  {
    key: 'tp2-deutschkurs-soe',
    body: 'tp-sprache-beruf',
    title: 'Deutschkurs für Erwachsene aus Rumänien und Bulgarien',
    description:
      'Niedrigschwelliger Deutschkurs mit Alphabetisierung für EU-Zugewanderte aus Südosteuropa, die keinen Integrationskursplatz erhalten.',
    goals: [1],
    owners: ['Koordinierungsstelle Zuwanderung Südosteuropa', 'Volkshochschule Lindenau'],
    responsible: 'anja-roemer',
    startOn: '2024-09-01',
    dueOn: '2026-08-31',
    progress: 50,
    history: [
      { status: 'PLANNED', on: '2024-06-18', reason: 'Antrag an den Verfügungsfonds bewilligt.' },
      { status: 'IN_PROGRESS', on: '2024-09-01', reason: 'Zwei Kursgruppen in der Oststadt.' },
    ],
    indicators: [
      {
        name: 'Teilnehmende am Deutschkurs Südosteuropa',
        unit: 'Personen',
        baseline: 0,
        target: 60,
        measurements: [
          { on: '2024-12-31', value: 24 },
          { on: '2025-06-30', value: 31 },
          { on: '2025-12-31', value: 29, note: 'Mehrere Teilnehmende saisonal abwesend' },
          { on: '2026-06-30', value: 36 },
        ],
      },
    ],
  },
  {
    key: 'tp2-arbeitsmarktgespraech',
    body: 'tp-sprache-beruf',
    title: 'Aktivierung und Vernetzung der Akteure des Arbeitsmarktes – Jahresgespräch',
    description: 'Jährliches Spitzengespräch von Stadt, Kammern, Kreishandwerkerschaft, Agentur für Arbeit und Jobcenter.',
    goals: [6],
    owners: ['Stabsstelle Arbeitsmarktintegration', 'Industrie- und Handelskammer Lindenau', 'Kreishandwerkerschaft Lindenau'],
    responsible: 'nadine-pohlmann',
    startOn: '2025-10-01',
    dueOn: '2026-04-30',
    progress: 20,
    history: [
      { status: 'PLANNED', on: '2025-07-08', reason: 'Vorschlag der Kammern.' },
      { status: 'IN_PROGRESS', on: '2025-10-01', reason: 'Terminabfrage versandt.' },
      { status: 'STALLED', on: '2026-02-17', reason: 'Kein gemeinsamer Termin der Spitzen; Neuansatz nach der Kommunalwahl.' },
    ],
  },

  // ----- Teilprojekt III --------------------------------------------------------------------------
  {
    key: 'tp3-datenbank-ehrenamt',
    body: 'tp-engagement',
    title: 'Datenbank zur Vermittlung von Ehrenamtlichen',
    description:
      'Datenbank mit Ehrenamtsinteressierten und Einsatzgebieten suchender Institutionen und Vereine für eine passgenaue Vermittlung.',
    goals: [13],
    owners: ['Ehrenamtsbüro der Stadt Lindenau', 'Freiwilligenagentur Lindenau'],
    responsible: 'sven-luedtke',
    startOn: '2017-04-01',
    dueOn: '2017-12-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2017-01-15', reason: 'Auftrag in der konstituierenden Sitzung.' },
      { status: 'IN_PROGRESS', on: '2017-04-01', reason: 'Anforderungen mit den Ehrenamtskoordinationen abgestimmt.' },
      { status: 'DONE', on: '2018-01-31', reason: 'Datenbank an alle relevanten Akteure übergeben.' },
    ],
    indicators: [
      {
        name: 'Registrierte Ehrenamtliche',
        unit: 'Personen',
        baseline: 0,
        target: 500,
        measurements: [
          { on: '2018-06-30', value: 212 },
          { on: '2019-12-31', value: 388 },
          { on: '2022-06-30', value: 611, note: 'Hilfsbereitschaft für Geflüchtete aus der Ukraine' },
          { on: '2025-12-31', value: 547 },
        ],
      },
      {
        name: 'Registrierte Einsatzstellen',
        unit: 'Einsatzstellen',
        baseline: 0,
        target: 80,
        measurements: [
          { on: '2018-06-30', value: 37 },
          { on: '2019-12-31', value: 58 },
          { on: '2025-12-31', value: 74 },
        ],
      },
    ],
  },
  {
    key: 'tp3-vereinbarung-zusammenarbeit',
    body: 'tp-engagement',
    title: 'Vereinbarung für eine gute Zusammenarbeit von Haupt- und Ehrenamtlichen',
    description: 'Gemeinsam von Haupt- und Ehrenamtlichen erarbeitete Vereinbarung, die mit allen relevanten Akteuren abgestimmt wird.',
    goals: [13],
    owners: ['Ehrenamtsbüro der Stadt Lindenau', 'Caritas – Ehrenamtskoordination Flüchtlingshilfe'],
    responsible: 'meike-schaper',
    startOn: '2025-02-01',
    dueOn: '2026-10-31',
    progress: 70,
    history: [
      { status: 'PLANNED', on: '2024-11-12', reason: 'Konflikte um Zuständigkeiten in mehreren Unterkünften.' },
      { status: 'IN_PROGRESS', on: '2025-02-01', reason: 'Schreibwerkstatt mit Haupt- und Ehrenamtlichen.' },
    ],
  },
  {
    key: 'tp3-qualifizierung',
    body: 'tp-engagement',
    title: 'Qualifizierung von Ehrenamtlichen in der Flüchtlingshilfe',
    description: 'Grundlagenmodul für neue Ehrenamtliche: Rechtskreise, Beratungswege, Rollenklärung und Selbstfürsorge.',
    goals: [13],
    owners: ['Caritas – Ehrenamtskoordination Flüchtlingshilfe', 'Freiwilligenagentur Lindenau'],
    responsible: 'katharina-nolte',
    startOn: '2018-03-01',
    dueOn: '2027-12-31',
    progress: 60,
    history: [
      { status: 'PLANNED', on: '2017-11-21', reason: 'Schwerpunkt Qualifizierung des Teilprojekts.' },
      { status: 'IN_PROGRESS', on: '2018-03-01', reason: 'Erstes Grundlagenmodul.' },
    ],
    indicators: [
      {
        name: 'Teilnehmende am Grundlagenmodul',
        unit: 'Personen pro Jahr',
        baseline: 0,
        target: 60,
        measurements: [
          { on: '2018-12-31', value: 41 },
          { on: '2020-12-31', value: 18 },
          { on: '2022-12-31', value: 77 },
          { on: '2025-12-31', value: 52 },
        ],
      },
    ],
  },
  {
    key: 'tp3-einsatzstellen-neuzugewanderte',
    body: 'tp-engagement',
    title: 'Einsatzmöglichkeiten für Neuzugewanderte im Ehrenamt',
    description: 'Passende Einsatzmöglichkeiten für Neuzugewanderte suchen, etwa als Sprachmittelnde, in Vereinen oder bei Festen.',
    goals: [11, 13],
    owners: ['Ehrenamtsbüro der Stadt Lindenau', 'Verband der Migrantenorganisationen Lindenau e. V.'],
    responsible: 'meike-schaper',
    startOn: '2027-01-01',
    dueOn: '2027-12-31',
    progress: 10,
    history: [{ status: 'PLANNED', on: '2026-06-16', reason: 'Abstimmung mit der AG Bürgerschaftliches Engagement.' }],
  },
  {
    key: 'tp3-beratungswege-ek',
    body: 'tp-engagement',
    title: 'Übersicht über die Beratungswege der Ehrenamtskoordinatorinnen und -koordinatoren',
    description: 'Übersicht über Ansprache und Aufgaben der Ehrenamtskoordinationen in der Flüchtlingsarbeit.',
    goals: [13],
    owners: ['Ehrenamtsbüro der Stadt Lindenau'],
    responsible: 'sven-luedtke',
    startOn: '2017-02-01',
    dueOn: '2017-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2017-01-15', reason: 'Auftrag in der konstituierenden Sitzung.' },
      { status: 'IN_PROGRESS', on: '2017-02-01', reason: 'Abfrage bei den Ehrenamtskoordinationen.' },
      { status: 'DONE', on: '2017-06-27', reason: 'Übersicht veröffentlicht.' },
    ],
  },

  // ----- Runder Tisch Weststadt ------------------------------------------------------------------
  {
    key: 'rt-nachbarschaftsfest',
    body: 'runder-tisch-weststadt',
    title: 'Nachbarschaftsfest Weststadt',
    description: 'Jährliches Fest von Sprachcafé, Gemeinden, Vereinen und Bewohnerinnen und Bewohnern der Unterkunft an der Weststraße.',
    goals: [11],
    owners: ['Diakonie – Flüchtlingssozialarbeit Weststadt', 'Sprachcafé Weststadt', 'Freie evangelische Gemeinde Lindenau-West'],
    responsible: 'rana-haddad',
    startOn: '2026-04-01',
    dueOn: '2026-08-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2026-02-10', reason: 'Beschluss des Runden Tisches.' },
      { status: 'IN_PROGRESS', on: '2026-04-01', reason: 'Vorbereitungsgruppe.' },
      { status: 'DONE', on: '2026-08-22', reason: 'Fest im Gemeindegarten durchgeführt.' },
    ],
  },

  // ----- Historical bodies -----------------------------------------------------------------------
  {
    key: 'sf-wartezeiten-integrationskurse',
    body: 'ag-sprachfoerderung',
    title: 'Erhebung der Wartezeiten auf Integrationskurse',
    description: 'Quartalsweise Abfrage der Wartelisten aller Integrationskursträger als Grundlage für die Kursplanung.',
    goals: [1],
    owners: ['Volkshochschule Lindenau', 'BAMF – Regionalkoordination Integrationskurse Lindenau'],
    responsible: 'birte-clausen',
    startOn: '2016-07-01',
    dueOn: '2017-12-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2016-06-01', reason: 'Auftrag der Lenkungsgruppe.' },
      { status: 'IN_PROGRESS', on: '2016-07-01', reason: 'Erste Quartalsabfrage.' },
      { status: 'DONE', on: '2017-12-12', reason: 'Abfrage in die Regelberichterstattung des BAMF übernommen.' },
    ],
    indicators: [
      {
        name: 'Durchschnittliche Wartezeit auf einen Integrationskurs',
        unit: 'Wochen',
        baseline: 22,
        target: 8,
        measurements: [
          { on: '2016-09-30', value: 22 },
          { on: '2017-03-31', value: 15 },
          { on: '2017-09-30', value: 10 },
        ],
      },
    ],
  },
  {
    key: 'fg-mindeststandards-gu',
    body: 'fg-unterbringung',
    title: 'Mindeststandards für Gemeinschaftsunterkünfte',
    description: 'Standards zu Belegung, Privatsphäre, Kinderschutz und sozialer Betreuung für alle städtischen Unterkünfte.',
    goals: [7, 15],
    owners: ['Stadt Lindenau – Fachbereich Soziales', 'DRK-Kreisverband Lindenau e. V.'],
    responsible: 'rainer-thiele',
    startOn: '2016-04-01',
    dueOn: '2016-12-31',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2016-03-15', reason: 'Konstituierende Sitzung der Fachgruppe.' },
      { status: 'IN_PROGRESS', on: '2016-04-01', reason: 'Begehungen aller Unterkünfte.' },
      { status: 'DONE', on: '2017-01-24', reason: 'Standards vom Sozialausschuss zur Kenntnis genommen.' },
    ],
  },
  {
    key: 'fg-sicherheit-praevention',
    body: 'fg-unterbringung',
    title: 'Regelhafte Zusammenarbeit mit der Polizei zu Sicherheit und Prävention',
    description: 'Feste Ansprechpersonen der Polizei für jede Unterkunft und gemeinsame Präventionsveranstaltungen.',
    goals: [15],
    owners: ['Polizeidirektion Lindenau – Sachgebiet Prävention und Opferschutz', 'Stadt Lindenau – Fachbereich Soziales'],
    responsible: 'sabine-hettwer',
    startOn: '2016-10-01',
    dueOn: '2018-06-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2016-09-13', reason: 'Nachbarschaftskonflikte an zwei Standorten.' },
      { status: 'IN_PROGRESS', on: '2016-10-01', reason: 'Kontaktbeamtinnen und -beamte benannt.' },
      { status: 'DONE', on: '2018-05-29', reason: 'Zusammenarbeit in einer Rahmenvereinbarung geregelt.' },
    ],
  },
  {
    key: 'fg-ferienprogramme',
    body: 'fg-teilhabe',
    title: 'Öffnung der Ferienprogramme für geflüchtete Kinder',
    description: 'Kostenfreie Plätze und Sprachmittlung in den städtischen und verbandlichen Ferienprogrammen.',
    goals: [9],
    owners: ['Stadtjugendring Lindenau e. V.', 'Jugendamt der Stadt Lindenau'],
    responsible: 'timo-gerdes',
    startOn: '2016-05-01',
    dueOn: '2018-09-30',
    progress: 100,
    history: [
      { status: 'PLANNED', on: '2016-04-12', reason: 'Vorschlag des Stadtjugendrings.' },
      { status: 'IN_PROGRESS', on: '2016-05-01', reason: 'Kontingente mit den Trägern vereinbart.' },
      { status: 'DONE', on: '2018-09-25', reason: 'Öffnung ist Teil der Förderrichtlinie Ferienfreizeiten.' },
    ],
  },
];

// ---------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------

export const demoAgreements: AgreementSeed[] = [
  // ----- DRAFT -------------------------------------------------------------------
  {
    key: 'vb-zusammenarbeit-haupt-ehrenamt',
    title: 'Vereinbarung für eine gute Zusammenarbeit von Haupt- und Ehrenamtlichen',
    kind: 'STAFF_VOLUNTEER',
    description:
      'Gemeinsame Grundsätze für Rollen, Absprachen, Datenschutz und Konfliktklärung zwischen hauptamtlicher Flüchtlingssozialarbeit und ehrenamtlichen Initiativen.',
    parties: [
      { organisation: 'Ehrenamtsbüro der Stadt Lindenau', role: 'Koordination' },
      { organisation: 'Caritas – Ehrenamtskoordination Flüchtlingshilfe', role: 'Kooperationspartner' },
      { organisation: 'Koordinierungskreis der Willkommensinitiativen', role: 'Kooperationspartner' },
      { organisation: 'Freiwilligenagentur Lindenau', role: 'Kooperationspartner' },
    ],
    history: [{ status: 'DRAFT', on: '2025-09-15', reason: 'Erster Entwurf aus der Schreibwerkstatt von Haupt- und Ehrenamtlichen.' }],
    body: 'tp-engagement',
    measure: 'tp3-vereinbarung-zusammenarbeit',
  },
  {
    key: 'mou-quartiersnetzwerk-hafen',
    title: 'Absichtserklärung Quartiersnetzwerk Am Hafen',
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    description:
      'Absichtserklärung zur gemeinsamen Nutzung von Räumen und zur Abstimmung von Eltern- und Begegnungsangeboten im Quartier Am Hafen.',
    parties: [
      { organisation: 'Quartiersmanagement Am Hafen', role: 'Koordination' },
      { organisation: 'Stadtteilverein Am Hafen e. V.', role: 'Kooperationspartner' },
      { organisation: 'AWO Familienzentrum Am Hafen', role: 'Kooperationspartner' },
      { organisation: 'Grundschule am Hafen', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2025-11-04', reason: 'Entwurf der Unter-AG; Abstimmung ruht bis zur Neubesetzung des Quartiersmanagements.' },
    ],
    body: 'uag-quartier-hafen',
  },

  // ----- NEGOTIATING ------------------------------------------------------------------
  {
    key: 'vz-afrikanischer-dachverband',
    title: 'Vereinbarung zur Zusammenarbeit – Stadt Lindenau und Afrikanischer Dachverband',
    kind: 'COOPERATION',
    description:
      'Vereinbarung zur Zusammenarbeit nach dem Muster der Vereinbarung mit dem Verband der Migrantenorganisationen: feste Ansprechpersonen, Beteiligung an Gremien, Unterstützung bei Räumen und Förderanträgen.',
    parties: [
      { organisation: 'Kommunales Integrationszentrum Lindenau', role: 'Kooperationspartner' },
      { organisation: 'Afrikanischer Dachverband Lindenau e. V.', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2026-03-10', reason: 'Entwurf auf Grundlage der Mustervereinbarung.' },
      { status: 'NEGOTIATING', on: '2026-06-02', reason: 'Abstimmung der Beteiligungsrechte mit dem Vorstand des Dachverbands.' },
    ],
    body: 'ag-engagement',
    measure: 'be-vereinbarungen-mo',
  },
  {
    key: 'rv-sprachmittlung-beratung',
    title: 'Rahmenvertrag Sprach- und Integrationsmittlung in Beratungsstellen',
    kind: 'SERVICE',
    description:
      'Rahmenvertrag über Sprachmitteleinsätze in Präsenz und per Video für die städtisch geförderten Beratungsstellen mit einheitlichen Stundensätzen.',
    parties: [
      { organisation: 'Stadt Lindenau – Fachbereich Soziales', role: 'Auftraggeber' },
      { organisation: 'Gemeindedolmetscherdienst Lindenau gGmbH', role: 'Auftragnehmer' },
    ],
    history: [
      { status: 'DRAFT', on: '2025-07-15', reason: 'Leistungsbeschreibung erstellt.' },
      { status: 'NEGOTIATING', on: '2025-10-01', reason: 'Verhandlung über Stundensätze und Videodolmetschen.' },
    ],
    body: 'ag-erstunterstuetzung',
    measure: 'eu-sprachmittlung',
  },

  // ----- SIGNED (not yet in force) ----------------------------------------------------
  {
    key: 'zv-chancenpatinnen-2027',
    title: 'Zuwendungsvertrag Verfügungsfonds 2027 – Mentoringprojekt „Chancenpatinnen“',
    kind: 'FUNDING',
    description:
      'Förderung aus dem Verfügungsfonds für Mentoring-Tandems von berufstätigen Frauen und neu zugewanderten Frauen; Fördersumme 14.800 EUR.',
    parties: [
      { organisation: 'Projektbüro „Lindenau integriert“', role: 'Fördermittelgeber' },
      { organisation: 'Mentoringprojekt „Chancenpatinnen“', role: 'Zuwendungsempfänger' },
    ],
    history: [
      { status: 'DRAFT', on: '2026-08-20', reason: 'Antrag in der dritten Antragsrunde 2026 eingegangen.' },
      { status: 'NEGOTIATING', on: '2026-09-25', reason: 'Bewilligung durch die Lenkungsgruppe unter Auflagen zum Finanzplan.' },
      { status: 'SIGNED', on: '2026-11-10', reason: 'Vertrag von beiden Seiten unterzeichnet.' },
    ],
    signedOn: '2026-11-10',
    validFrom: '2027-01-01',
    validTo: '2027-12-31',
    body: 'lenkungsgruppe',
  },
  {
    key: 'kv-berufssprachkurs-betrieb',
    title: 'Kooperationsvertrag Berufssprachkurse im Betrieb',
    kind: 'COOPERATION',
    description:
      'Berufsbezogene Deutschkurse während der Arbeitszeit im Lager der Nordmark; das Jobcenter übernimmt die Kursgebühren für Leistungsberechtigte.',
    parties: [
      { organisation: 'Volkshochschule Lindenau', role: 'Träger' },
      { organisation: 'Nordmark Lebensmittel-Großhandel GmbH', role: 'Kooperationspartner' },
      { organisation: 'Jobcenter Lindenau', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2026-05-12', reason: 'Entwurf der VHS.' },
      { status: 'NEGOTIATING', on: '2026-07-01', reason: 'Abstimmung der Freistellungszeiten mit dem Betriebsrat.' },
      { status: 'SIGNED', on: '2026-10-28', reason: 'Unterzeichnung im Rahmen der Unter-AG Arbeitgeberservice.' },
    ],
    signedOn: '2026-10-28',
    validFrom: '2027-01-15',
    validTo: '2028-12-31',
    measure: 'as-sprachcoaching',
  },

  // ----- IN_FORCE ------------------------------------------------------------------------
  {
    key: 'tv-beratung-dezentral-sued',
    title: 'Trägervereinbarung Beratungsstelle für dezentral wohnende Geflüchtete Südstadt',
    kind: 'SERVICE',
    description:
      'Beauftragung der Caritas mit der sozialen Betreuung der in Gewährleistungswohnungen und selbst angemietetem Wohnraum lebenden Leistungsberechtigten nach dem AsylbLG in Südstadt und Brühl.',
    parties: [
      { organisation: 'Stadt Lindenau – Fachbereich Soziales', role: 'Auftraggeber' },
      { organisation: 'Caritas – Beratungsstelle für dezentral wohnende Geflüchtete Südstadt', role: 'Träger' },
    ],
    history: [
      { status: 'DRAFT', on: '2023-08-01', reason: 'Neuausschreibung der Beratungsstellen.' },
      { status: 'NEGOTIATING', on: '2023-09-15', reason: 'Abstimmung von Personalschlüssel und Stadtteilzuschnitt.' },
      { status: 'SIGNED', on: '2023-12-05', reason: 'Vertragsunterzeichnung.' },
      { status: 'IN_FORCE', on: '2024-01-01', reason: 'Beginn der Vertragslaufzeit.' },
    ],
    signedOn: '2023-12-05',
    validFrom: '2024-01-01',
    validTo: '2026-12-31',
    noticeOn: '2026-09-30',
    body: 'ag-fluechtlingssozialarbeit',
  },
  {
    key: 'tv-migrationsberatung-neustadt-2024',
    title: 'Trägervereinbarung Migrationssozialberatung Neustadt 2024–2026',
    kind: 'SERVICE',
    description:
      'Kommunale Ergänzungsförderung der Migrationsberatung der AWO in der Neustadt für Ratsuchende, die nicht zur Zielgruppe der Bundesförderung gehören.',
    parties: [
      { organisation: 'Stadt Lindenau – Fachbereich Soziales', role: 'Auftraggeber' },
      { organisation: 'AWO Migrationsberatung Neustadt', role: 'Träger' },
    ],
    history: [
      { status: 'DRAFT', on: '2023-09-05', reason: 'Anschlussvereinbarung vorbereitet.' },
      { status: 'NEGOTIATING', on: '2023-10-10', reason: 'Anpassung an die Kennzahlen des Sozialberichts.' },
      { status: 'SIGNED', on: '2023-12-12', reason: 'Vertragsunterzeichnung.' },
      { status: 'IN_FORCE', on: '2024-01-01', reason: 'Beginn der Vertragslaufzeit.' },
    ],
    signedOn: '2023-12-12',
    validFrom: '2024-01-01',
    validTo: '2026-12-31',
    noticeOn: '2026-09-30',
    body: 'ag-erstunterstuetzung',
  },
  {
    key: 'kv-sprachcafe-weststadt',
    title: 'Kooperationsvertrag Sprachcafé Weststadt',
    kind: 'COOPERATION',
    description:
      'Regelt Räume im Gemeindehaus, Sachkostenzuschuss und die Verweisberatung durch die Flüchtlingssozialarbeit für das wöchentliche Sprachcafé.',
    parties: [
      { organisation: 'Sprachcafé Weststadt', role: 'Träger' },
      { organisation: 'Freie evangelische Gemeinde Lindenau-West', role: 'Kooperationspartner' },
      { organisation: 'Diakonie – Flüchtlingssozialarbeit Weststadt', role: 'Kooperationspartner' },
      { organisation: 'Kommunales Integrationszentrum Lindenau', role: 'Fördermittelgeber' },
    ],
    history: [
      { status: 'DRAFT', on: '2024-11-05', reason: 'Entwurf am Runden Tisch vorgestellt.' },
      { status: 'NEGOTIATING', on: '2024-12-03', reason: 'Klärung der Raumnutzung und Versicherung.' },
      { status: 'SIGNED', on: '2025-01-10', reason: 'Unterzeichnung durch alle Partner.' },
      { status: 'IN_FORCE', on: '2025-01-16', reason: 'Beginn der Vertragslaufzeit.' },
    ],
    signedOn: '2025-01-10',
    validFrom: '2025-01-16',
    validTo: '2027-01-15',
    noticeOn: '2026-12-15',
    body: 'runder-tisch-weststadt',
  },
  {
    key: 'ev-lindenauer-lotsen',
    title: 'Ehrenamtsvereinbarung Patenschaftsprojekt „Lindenauer Lotsen“',
    kind: 'STAFF_VOLUNTEER',
    description:
      'Regelt Vermittlung, Begleitung, Versicherung und Fortbildung der ehrenamtlichen Lotsinnen und Lotsen sowie die Ansprechpersonen im Hauptamt.',
    parties: [
      { organisation: 'Patenschaftsprojekt „Lindenauer Lotsen“', role: 'Träger' },
      { organisation: 'Freiwilligenagentur Lindenau', role: 'Kooperationspartner' },
      { organisation: 'Ehrenamtsbüro der Stadt Lindenau', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2024-10-01', reason: 'Überarbeitung der bisherigen Absprachen.' },
      { status: 'NEGOTIATING', on: '2024-11-12', reason: 'Abstimmung der Fortbildungspflichten.' },
      { status: 'SIGNED', on: '2025-02-14', reason: 'Unterzeichnung.' },
      { status: 'IN_FORCE', on: '2025-03-01', reason: 'Beginn der Laufzeit.' },
    ],
    signedOn: '2025-02-14',
    validFrom: '2025-03-01',
    validTo: '2027-02-28',
    noticeOn: '2026-12-31',
    body: 'ag-engagement',
  },
  {
    key: 'vz-verband-migrantenorganisationen',
    title: 'Vereinbarung zur Zusammenarbeit – Stadt Lindenau und Verband der Migrantenorganisationen',
    kind: 'COOPERATION',
    description:
      'Verbindliche Zusammenarbeit von Stadt und Migrantenorganisationen: Beteiligung an Lenkungsgruppe und Arbeitsgruppen, jährliches Strategiegespräch, Unterstützung bei Räumen und Förderanträgen.',
    parties: [
      { organisation: 'Kommunales Integrationszentrum Lindenau', role: 'Kooperationspartner' },
      { organisation: 'Integrationsbeauftragte der Stadt Lindenau', role: 'Kooperationspartner' },
      { organisation: 'Verband der Migrantenorganisationen Lindenau e. V.', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2022-11-08', reason: 'Mustervereinbarung erarbeitet.' },
      { status: 'NEGOTIATING', on: '2023-01-24', reason: 'Beratung in der Mitgliederversammlung des Verbands.' },
      { status: 'SIGNED', on: '2023-06-20', reason: 'Unterzeichnung beim Forum Integration.' },
      { status: 'IN_FORCE', on: '2023-07-01', reason: 'Beginn der Laufzeit.' },
    ],
    signedOn: '2023-06-20',
    validFrom: '2023-07-01',
    validTo: '2028-06-30',
    noticeOn: '2027-12-31',
    measure: 'be-vereinbarungen-mo',
  },
  {
    key: 'zv-seepferdchen-2026',
    title: 'Zuwendungsvertrag Verfügungsfonds 2026 – Schwimmkurse „Seepferdchen für alle“',
    kind: 'FUNDING',
    description:
      'Förderung von Schwimmkursen für Kinder aus neu zugewanderten Familien einschließlich Badeeintritt und Kursleitung; Fördersumme 6.250 EUR.',
    parties: [
      { organisation: 'Projektbüro „Lindenau integriert“', role: 'Fördermittelgeber' },
      { organisation: 'Schwimminitiative „Seepferdchen für alle“', role: 'Zuwendungsempfänger' },
      { organisation: 'Schwimmverein Lindenau 1905 e. V.', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2026-01-20', reason: 'Antrag in der ersten Antragsrunde 2026.' },
      { status: 'NEGOTIATING', on: '2026-02-24', reason: 'Bewilligung durch die Lenkungsgruppe; Klärung der Badzeiten.' },
      { status: 'SIGNED', on: '2026-03-18', reason: 'Vertragsunterzeichnung.' },
      { status: 'IN_FORCE', on: '2026-04-01', reason: 'Projektbeginn.' },
    ],
    signedOn: '2026-03-18',
    validFrom: '2026-04-01',
    validTo: '2026-12-15',
    body: 'tp-soziale-integration',
  },

  // ----- EXPIRED ---------------------------------------------------------------------------
  {
    key: 'tv-migrationsberatung-neustadt-2021',
    title: 'Trägervereinbarung Migrationssozialberatung Neustadt 2021–2023',
    kind: 'SERVICE',
    description: 'Vorgängervereinbarung zur kommunalen Ergänzungsförderung der Migrationsberatung der AWO in der Neustadt.',
    parties: [
      { organisation: 'Stadt Lindenau – Fachbereich Soziales', role: 'Auftraggeber' },
      { organisation: 'AWO Migrationsberatung Neustadt', role: 'Träger' },
    ],
    history: [
      { status: 'DRAFT', on: '2020-09-01', reason: 'Entwurf.' },
      { status: 'NEGOTIATING', on: '2020-10-06', reason: 'Verhandlung über den Stellenumfang.' },
      { status: 'SIGNED', on: '2020-12-08', reason: 'Vertragsunterzeichnung.' },
      { status: 'IN_FORCE', on: '2021-01-01', reason: 'Beginn der Vertragslaufzeit.' },
      { status: 'EXPIRED', on: '2024-01-01', reason: 'Laufzeit beendet; Anschlussvereinbarung 2024–2026 in Kraft.' },
    ],
    signedOn: '2020-12-08',
    validFrom: '2021-01-01',
    validTo: '2023-12-31',
    body: 'ag-erstunterstuetzung',
  },
  {
    key: 'zv-rad-und-tat-2019',
    title: 'Zuwendungsvertrag Verfügungsfonds 2019 – Fahrradwerkstatt „Rad und Tat“',
    kind: 'FUNDING',
    description: 'Förderung von Werkzeug, Ersatzteilen und Fahrradkursen für Geflüchtete; Fördersumme 3.900 EUR.',
    parties: [
      { organisation: 'Projektbüro „Lindenau integriert“', role: 'Fördermittelgeber' },
      { organisation: 'Fahrradwerkstatt „Rad und Tat“ Am Hafen', role: 'Zuwendungsempfänger' },
    ],
    history: [
      { status: 'DRAFT', on: '2019-02-05', reason: 'Antrag in der ersten Antragsrunde 2019.' },
      { status: 'NEGOTIATING', on: '2019-03-12', reason: 'Bewilligung durch die Lenkungsgruppe.' },
      { status: 'SIGNED', on: '2019-04-02', reason: 'Vertragsunterzeichnung.' },
      { status: 'IN_FORCE', on: '2019-04-15', reason: 'Projektbeginn.' },
      { status: 'EXPIRED', on: '2020-01-01', reason: 'Förderzeitraum beendet; Verwendungsnachweis geprüft.' },
    ],
    signedOn: '2019-04-02',
    validFrom: '2019-04-15',
    validTo: '2019-12-31',
    body: 'lenkungsgruppe',
  },
  {
    key: 'mou-qualitaetszirkel-sprachfoerderung',
    title: 'Absichtserklärung zur Gründung des Qualitätszirkels Sprachförderung',
    kind: 'MEMORANDUM_OF_UNDERSTANDING',
    description:
      'Absichtserklärung der Kursträger, des BAMF und des Jobcenters zur gemeinsamen Auswertung und Abstimmung der Sprachkursangebote.',
    parties: [
      { organisation: 'Volkshochschule Lindenau', role: 'Kooperationspartner' },
      { organisation: 'BAMF – Regionalkoordination Integrationskurse Lindenau', role: 'Kooperationspartner' },
      { organisation: 'Jobcenter Lindenau', role: 'Kooperationspartner' },
      { organisation: 'Sprachschule Dialog Lindenau GmbH', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2019-03-05', reason: 'Entwurf der AG Arbeit und Sprache.' },
      { status: 'NEGOTIATING', on: '2019-05-14', reason: 'Abstimmung mit allen Kursträgern.' },
      { status: 'SIGNED', on: '2019-09-24', reason: 'Unterzeichnung.' },
      { status: 'IN_FORCE', on: '2019-10-01', reason: 'Beginn der Laufzeit.' },
      {
        status: 'EXPIRED',
        on: '2022-10-01',
        reason: 'Laufzeit beendet; der Qualitätszirkel arbeitet mit eigener Geschäftsordnung weiter.',
      },
    ],
    signedOn: '2019-09-24',
    validFrom: '2019-10-01',
    validTo: '2022-09-30',
    measure: 'as-qualitaetszirkel',
  },

  // ----- TERMINATED ---------------------------------------------------------------------------
  {
    key: 'nv-spielgruppe-gu-kirchberg',
    title: 'Nutzungsvereinbarung Räume der Gemeinschaftsunterkunft Kirchberg für die Spielgruppe „Kinderinsel“',
    kind: 'OTHER',
    description: 'Überlassung des Gemeinschaftsraums an drei Vormittagen pro Woche für die ehrenamtliche Spielgruppe.',
    parties: [
      { organisation: 'AWO Flüchtlingssozialarbeit Gemeinschaftsunterkunft Kirchberg', role: 'Überlassende' },
      { organisation: 'Spielgruppe „Kinderinsel“ in der Gemeinschaftsunterkunft Kirchberg', role: 'Nutzer' },
    ],
    history: [
      { status: 'DRAFT', on: '2022-12-01', reason: 'Entwurf.' },
      { status: 'NEGOTIATING', on: '2023-01-10', reason: 'Klärung von Schlüsselübergabe und Hygieneplan.' },
      { status: 'SIGNED', on: '2023-02-01', reason: 'Unterzeichnung.' },
      { status: 'IN_FORCE', on: '2023-02-15', reason: 'Beginn der Nutzung.' },
      { status: 'TERMINATED', on: '2025-06-30', reason: 'Gekündigt wegen Schließung der Gemeinschaftsunterkunft Kirchberg.' },
    ],
    signedOn: '2023-02-01',
    validFrom: '2023-02-15',
    noticeOn: '2025-03-31',
    measure: 'tp1-tagesstruktur-gu',
  },
  {
    key: 'uv-lager-moebelboerse',
    title: 'Überlassungsvereinbarung Lagerfläche für die Möbelbörse',
    kind: 'OTHER',
    description:
      'Unentgeltliche Überlassung von 400 m² Lagerfläche im Hafen für gespendete Möbel zur Erstausstattung von Haushalten beim Auszug aus Unterkünften.',
    parties: [
      { organisation: 'Hafenlogistik Lindenau GmbH & Co. KG', role: 'Überlassende' },
      { organisation: 'Möbelbörse Lindenau', role: 'Nutzer' },
      { organisation: 'Team Umzugs- und Betreuungsmanagement', role: 'Kooperationspartner' },
    ],
    history: [
      { status: 'DRAFT', on: '2018-04-10', reason: 'Angebot der Hafenlogistik.' },
      { status: 'NEGOTIATING', on: '2018-05-02', reason: 'Klärung von Haftung und Zugangszeiten.' },
      { status: 'SIGNED', on: '2018-06-01', reason: 'Unterzeichnung.' },
      { status: 'IN_FORCE', on: '2018-07-01', reason: 'Beginn der Nutzung.' },
      { status: 'TERMINATED', on: '2024-03-31', reason: 'Kündigung wegen Eigenbedarfs; die Möbelbörse zieht in eine städtische Halle.' },
    ],
    signedOn: '2018-06-01',
    validFrom: '2018-07-01',
    noticeOn: '2023-12-20',
    measure: 'wq-auszugsmanagement',
  },
];
