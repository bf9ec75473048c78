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
    key: 'lisa-marquardt',
    givenName: 'Lisa',
    familyName: 'Marquardt',
    function: 'Sachbearbeitung Gremienbetreuung',
    organisation: 'Kommunales Integrationszentrum Lindenau',
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
    consent: true,
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
    consent: true,
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
    key: 'dieter-brockmann',
    givenName: 'Dieter',
    familyName: 'Brockmann',
    function: 'Sachgebietsleitung Leistungen nach dem AsylbLG',
    organisation: 'Sozialamt Lindenau – Leistungsstelle Asylbewerberleistungsgesetz',
  },
  {
    key: 'anja-roemer',
    givenName: 'Anja',
    familyName: 'Römer',
    function: 'Leitung Koordinierungsstelle Zuwanderung Südosteuropa',
    organisation: 'Koordinierungsstelle Zuwanderung Südosteuropa',
    consent: true,
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
  {
    key: 'marco-fiedler',
    givenName: 'Marco',
    familyName: 'Fiedler',
    function: 'Sachbearbeitung Sportförderung',
    organisation: 'Sport- und Bäderamt Lindenau',
  },
  {
    key: 'gabriele-sturm',
    givenName: 'Gabriele',
    familyName: 'Sturm',
    function: 'Koordination Deutschlerntreff',
    organisation: 'Stadtbibliothek Lindenau',
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
  {
    key: 'wolfgang-reimers',
    givenName: 'Wolfgang',
    familyName: 'Reimers',
    function: 'Schulrat für Seiteneinstieg und Sprachlernklassen',
    organisation: 'Staatliches Schulamt Lindenau',
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
    consent: true,
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
    key: 'ioana-munteanu',
    givenName: 'Ioana',
    familyName: 'Munteanu',
    function: 'Sozialberaterin',
    organisation: 'Caritas – Sozialberatung für Zugewanderte aus Südosteuropa',
    consent: true,
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
    key: 'agnieszka-wrobel',
    givenName: 'Agnieszka',
    familyName: 'Wróbel',
    function: 'Jugendmigrationsberaterin',
    organisation: 'Internationaler Bund – Jugendmigrationsdienst Lindenau-Nord',
    consent: true,
  },
  {
    key: 'samira-bensaid',
    givenName: 'Samira',
    familyName: 'Bensaid',
    function: 'Einsatzkoordination Sprachmittlung',
    organisation: 'Gemeindedolmetscherdienst Lindenau gGmbH',
    consent: true,
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
  {
    key: 'tobias-reiners',
    givenName: 'Tobias',
    familyName: 'Reiners',
    function: 'Pastor',
    organisation: 'Freie evangelische Gemeinde Lindenau-West',
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
    key: 'yonas-gebremariam',
    givenName: 'Yonas',
    familyName: 'Gebremariam',
    function: 'Vorstand',
    organisation: 'Eritreische Gemeinschaft Lindenau e. V.',
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
    consent: true,
  },
  {
    key: 'fatma-guenes',
    givenName: 'Fatma',
    familyName: 'Güneş',
    function: 'Vorsitzende',
    organisation: 'Deutsch-Türkischer Frauenverein Lindenau e. V.',
  },
  {
    key: 'florin-lacatus',
    givenName: 'Florin',
    familyName: 'Lăcătuș',
    function: 'Vorsitzender',
    organisation: 'Roma-Selbstorganisation „Amari Luma“ Lindenau e. V.',
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
  {
    key: 'leonie-hartwig',
    givenName: 'Leonie',
    familyName: 'Hartwig',
    function: 'Referentin für Asyl- und Aufenthaltsrecht',
    organisation: 'Flüchtlingsrat Lindenau e. V.',
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
    key: 'irina-sokolova',
    givenName: 'Irina',
    familyName: 'Sokolova',
    function: 'Kursleitung Integrationskurs',
    organisation: 'Sprachschule Dialog Lindenau GmbH',
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
    key: 'bernd-schuette',
    givenName: 'Bernd',
    familyName: 'Schütte',
    function: 'Willkommenslotse',
    organisation: 'Handwerkskammer Lindenau',
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
      { person: 'bernd-schuette', role: 'MEMBER', from: '2019-03-01', to: '2023-06-30' },
      { person: 'hamid-sadeghi', role: 'MEMBER', from: '2021-01-01' },
      { person: 'irina-sokolova', role: 'DEPUTY_MEMBER', organisation: 'Sprachschule Dialog Lindenau GmbH', from: '2018-09-01' },
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
      { person: 'irina-sokolova', role: 'MEMBER', from: '2019-02-01' },
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
      { person: 'fatma-guenes', role: 'MEMBER', from: '2020-01-15' },
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
      { person: 'bernd-schuette', role: 'MEMBER', from: '2020-02-01', to: '2023-06-30' },
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
      { person: 'ioana-munteanu', role: 'MEMBER', from: '2018-04-01' },
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
      { person: 'wolfgang-reimers', role: 'MEMBER', from: '2017-01-15' },
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
      { person: 'lisa-marquardt', role: 'SECRETARIAT', from: '2021-10-01' },
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
      { person: 'fatma-guenes', role: 'MEMBER', votingRight: true, from: '2016-01-01' },
      { person: 'yonas-gebremariam', role: 'MEMBER', votingRight: true, from: '2016-01-01', to: '2020-11-30' },
      { person: 'florin-lacatus', role: 'DEPUTY_MEMBER', votingRight: false, from: '2020-12-01' },
      { person: 'olena-hnatiuk', role: 'MEMBER', votingRight: true, from: '2023-03-01' },
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
      { person: 'tobias-reiners', role: 'MEMBER', from: '2016-02-01' },
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
      { person: 'dieter-brockmann', role: 'MEMBER', from: '2016-04-01' },
      { person: 'agnieszka-wrobel', role: 'MEMBER', from: '2019-09-01' },
      { person: 'yvonne-lambrecht', role: 'GUEST', from: '2017-03-01' },
      { person: 'leonie-hartwig', role: 'GUEST', from: '2022-01-01' },
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
      { person: 'irina-sokolova', role: 'MEMBER', from: '2016-06-01', to: '2018-08-31' },
      { person: 'yvonne-lambrecht', role: 'MEMBER', from: '2016-06-01', to: '2018-08-31' },
      { person: 'gabriele-sturm', role: 'MEMBER', from: '2016-06-01', to: '2018-08-31' },
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
      { person: 'dieter-brockmann', role: 'MEMBER', from: '2016-03-15', to: '2019-06-30' },
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
      { person: 'marco-fiedler', role: 'MEMBER', from: '2016-03-15', to: '2019-03-31' },
      { person: 'melanie-grothe', role: 'MEMBER', from: '2017-01-01', to: '2019-03-31' },
    ],
  },
];
