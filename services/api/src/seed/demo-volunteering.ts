import type { Organisation } from '../modules/organisation/organisation.entity.js';
import type { District, Language, TargetGroup } from '../modules/reference/reference.entity.js';
import {
  type InterestMessage,
  InterestMessageAuthor,
  InterestStatus,
  OpportunityStatus,
  TimeCommitment,
  type VolunteerOpportunity,
} from '../modules/volunteering/volunteering.entity.js';
import type { Factory } from './factories.js';

const { ONCE, OCCASIONAL, WEEKLY, SEVERAL_TIMES_A_WEEK } = TimeCommitment;

interface OpportunitySeed {
  organisation: string;
  title: string;
  task: string;
  time: TimeCommitment;
  hours?: number;
  languages?: string[];
  districts?: string[];
  targetGroups?: string[];
  skills?: string[];
  status?: OpportunityStatus;
  /** Days from today to the last day (negative: over). */
  untilInDays?: number;
  /** Not confirmed for over a year. */
  stale?: boolean;
}

/**
 * Halle-style Engagementprofile across the demo city: what the task is, how
 * much time it needs, where, in which languages, for whom, and what helps.
 * Most are open; a few are filled, closed or past their last day.
 */
export const demoOpportunities: OpportunitySeed[] = [
  {
    organisation: 'Caritasverband Lindenau e. V.',
    title: 'Lernpatenschaft für ein Grundschulkind',
    task: 'Sie treffen sich einmal pro Woche mit einem Kind aus einer geflüchteten Familie, lesen gemeinsam, üben Rechnen und helfen bei den Hausaufgaben. Die Caritas begleitet die Patenschaft und bietet zweimal im Jahr ein Austauschtreffen an.',
    time: WEEKLY,
    hours: 6,
    languages: ['de'],
    districts: ['suedstadt', 'weststadt'],
    targetGroups: ['kinder-jugend', 'familien'],
    skills: ['Geduld', 'Freude am Lesen', 'Zuverlässigkeit'],
  },
  {
    organisation: 'Caritasverband Lindenau e. V.',
    title: 'Begleitung zu Behörden und Ärzten',
    task: 'Neu zugewanderte Menschen zu Terminen beim Jobcenter, bei der Ausländerbehörde oder in Arztpraxen begleiten, beim Ausfüllen von Formularen unterstützen und nachfragen, wenn etwas unklar bleibt. Termine werden mit Ihnen abgestimmt.',
    time: OCCASIONAL,
    hours: 4,
    languages: ['de', 'ar'],
    targetGroups: ['bleibeperspektive', 'geduldete'],
    skills: ['Behördenerfahrung', 'Arabisch', 'Verschwiegenheit'],
  },
  {
    organisation: 'Caritasverband Lindenau e. V.',
    title: 'Kinderbetreuung während des Frauenkurses',
    task: 'Dienstags und donnerstags vormittags betreuen Sie die Kinder der Teilnehmerinnen unseres Deutschkurses für Frauen im Nebenraum: spielen, vorlesen, basteln. Ein Erweitertes Führungszeugnis ist erforderlich.',
    time: SEVERAL_TIMES_A_WEEK,
    hours: 24,
    languages: ['de'],
    districts: ['innenstadt'],
    targetGroups: ['frauen', 'kinder-jugend'],
    skills: ['Erfahrung mit Kleinkindern', 'Führungszeugnis'],
  },
  {
    organisation: 'Caritasverband Lindenau e. V.',
    title: 'Sommerfest der Migrationsberatung mitgestalten',
    task: 'Aufbau, Getränkestand und Kinderschminken beim Sommerfest im Garten der Beratungsstelle.',
    time: ONCE,
    hours: 6,
    districts: ['innenstadt'],
    skills: ['Organisationstalent', 'Kinderschminken'],
    untilInDays: -40,
  },
  {
    organisation: 'Verband der Migrantenorganisationen Lindenau e. V.',
    title: 'Dolmetschen bei Elternabenden',
    task: 'An Grund- und Oberschulen übersetzen Sie bei Elternabenden und Elterngesprächen zwischen Lehrkräften und Eltern. Vor dem ersten Einsatz gibt es eine kurze Schulung zu Rolle und Schweigepflicht.',
    time: OCCASIONAL,
    hours: 3,
    languages: ['ar', 'fa', 'tr', 'uk', 'ru'],
    targetGroups: ['familien'],
    skills: ['Sprachkenntnisse Deutsch B2', 'Schweigepflicht', 'Dolmetschen'],
  },
  {
    organisation: 'Verband der Migrantenorganisationen Lindenau e. V.',
    title: 'Vereinsberatung für junge Migrantenorganisationen',
    task: 'Gründungswillige Vereine bei Satzung, Gemeinnützigkeit, Kassenführung und Förderanträgen beraten, etwa drei Termine im Monat am Abend.',
    time: OCCASIONAL,
    hours: 6,
    languages: ['de', 'en'],
    skills: ['Vereinsrecht', 'Buchhaltung', 'Förderanträge'],
  },
  {
    organisation: 'Verband der Migrantenorganisationen Lindenau e. V.',
    title: 'Mitarbeit im Redaktionsteam des mehrsprachigen Newsletters',
    task: 'Beiträge aus den Mitgliedsvereinen sammeln, kurze Texte schreiben und Übersetzungen gegenlesen. Das Team trifft sich einmal im Monat online.',
    time: OCCASIONAL,
    hours: 5,
    languages: ['de', 'ar', 'tr', 'uk'],
    skills: ['Schreiben', 'Korrekturlesen'],
    status: OpportunityStatus.FILLED,
  },
  {
    organisation: 'Freiwilligenagentur Lindenau',
    title: 'Engagementberatung in der Freiwilligenagentur',
    task: 'Interessierte beraten, welches Ehrenamt zu ihnen passt, Profile in der Engagementbörse pflegen und Kontakte zu Einrichtungen vermitteln. Einarbeitung durch das hauptamtliche Team.',
    time: WEEKLY,
    hours: 8,
    languages: ['de', 'en'],
    districts: ['altstadt'],
    targetGroups: ['ehrenamtliche'],
    skills: ['Beratung', 'Gesprächsführung', 'Computerkenntnisse'],
  },
  {
    organisation: 'Ehrenamtsbüro der Stadt Lindenau',
    title: 'Stadtführungen für Neuzugewanderte',
    task: 'Einmal im Monat führen Sie eine kleine Gruppe durch die Innenstadt: Bürgerbüro, Bibliothek, Volkshochschule, Beratungsstellen und Ausflugsziele. Eine Route mit Material liegt bereit.',
    time: OCCASIONAL,
    hours: 3,
    languages: ['de', 'en', 'ar'],
    districts: ['innenstadt', 'altstadt'],
    targetGroups: ['bleibeperspektive', 'soe'],
    skills: ['Ortskenntnis', 'Freude am Erzählen'],
  },
  {
    organisation: 'Hausaufgabenhilfe „Lernbrücke“ Neustadt',
    title: 'Hausaufgabenhilfe am Nachmittag',
    task: 'Montags bis donnerstags von 14 bis 16 Uhr helfen Sie Schülerinnen und Schülern der Klassen 3 bis 8 bei Hausaufgaben, vor allem in Deutsch und Mathematik. Sie können sich für einen oder mehrere Tage eintragen.',
    time: SEVERAL_TIMES_A_WEEK,
    hours: 16,
    languages: ['de'],
    districts: ['neustadt'],
    targetGroups: ['kinder-jugend'],
    skills: ['Mathematik', 'Deutsch', 'Geduld'],
  },
  {
    organisation: 'Hausaufgabenhilfe „Lernbrücke“ Neustadt',
    title: 'Prüfungsvorbereitung Mathematik für die 10. Klasse',
    task: 'In kleinen Gruppen Jugendliche auf die Abschlussprüfung in Mathematik vorbereiten, von Januar bis Mai.',
    time: WEEKLY,
    hours: 8,
    languages: ['de'],
    districts: ['neustadt'],
    targetGroups: ['kinder-jugend', 'junge-erwachsene'],
    skills: ['Mathematik', 'Nachhilfe'],
  },
  {
    organisation: 'Fahrradwerkstatt „Rad und Tat“ Am Hafen',
    title: 'Schrauben in der Fahrradwerkstatt',
    task: 'Gespendete Fahrräder verkehrssicher machen und gemeinsam mit Geflüchteten reparieren, damit sie danach selbst schrauben können. Werkstattzeit ist samstags von 10 bis 14 Uhr.',
    time: WEEKLY,
    hours: 16,
    languages: ['de'],
    districts: ['am-hafen'],
    skills: ['Fahrradreparatur', 'Handwerkliches Geschick'],
  },
  {
    organisation: 'Fahrradwerkstatt „Rad und Tat“ Am Hafen',
    title: 'Fahrräder abholen mit dem Lastenrad',
    task: 'Gespendete Fahrräder im Stadtgebiet mit unserem Lastenrad oder Anhänger abholen, nach Absprache.',
    time: OCCASIONAL,
    hours: 3,
    skills: ['Führerschein Klasse B', 'Kraft'],
  },
  {
    organisation: 'Sprachcafé Weststadt',
    title: 'Sprachcafé-Moderation',
    task: 'Sie leiten eine Gesprächsrunde im Sprachcafé an, bringen ein Thema mit (Einkaufen, Arbeit, Feste) und achten darauf, dass alle zu Wort kommen. Das Sprachcafé ist jeden Mittwoch von 17 bis 19 Uhr.',
    time: WEEKLY,
    hours: 8,
    languages: ['de'],
    districts: ['weststadt'],
    targetGroups: ['bleibeperspektive', 'geduldete', 'soe'],
    skills: ['Moderation', 'Deutsch als Muttersprache oder C1'],
  },
  {
    organisation: 'Sprachcafé im Stadtteilzentrum Neustadt',
    title: 'Gastgeberin oder Gastgeber im Sprachcafé',
    task: 'Gäste begrüßen, Kaffee und Tee vorbereiten, Neue mit anderen ins Gespräch bringen und am Ende aufräumen.',
    time: WEEKLY,
    hours: 6,
    languages: ['de'],
    districts: ['neustadt'],
    skills: ['Gastfreundschaft', 'Offenheit'],
  },
  {
    organisation: 'Internationales Sprachcafé Altstadt „Kaffee und Konversation“',
    title: 'Konversationsrunde für Fortgeschrittene leiten',
    task: 'Für Teilnehmende ab Niveau B1 Gespräche über Zeitungsartikel und Alltagsthemen anleiten, Redewendungen erklären und Mut machen.',
    time: WEEKLY,
    hours: 6,
    languages: ['de', 'en'],
    districts: ['altstadt'],
    skills: ['Moderation', 'Unterrichtserfahrung'],
  },
  {
    organisation: 'Begleitdienst „Gemeinsam zum Amt“',
    title: 'Behördenlotsin oder Behördenlotse',
    task: 'Sie begleiten Menschen zu Terminen beim Bürgerbüro, bei der Familienkasse oder der Wohngeldstelle und erklären Briefe von Ämtern. Eine Schulung zu Leistungsrecht und Datenschutz geht voraus.',
    time: OCCASIONAL,
    hours: 5,
    languages: ['de', 'ar', 'ku'],
    targetGroups: ['bleibeperspektive', 'geduldete', 'familien'],
    skills: ['Behördenerfahrung', 'Verschwiegenheit', 'Kurdisch'],
  },
  {
    organisation: 'Begleitdienst „Gemeinsam zum Amt“',
    title: 'Telefonischer Terminservice',
    task: 'Von zu Hause aus Termine bei Behörden vereinbaren und an die Begleiterinnen und Begleiter weitergeben.',
    time: WEEKLY,
    hours: 4,
    languages: ['de'],
    skills: ['Telefonieren', 'Organisation'],
    stale: true,
  },
  {
    organisation: 'Patenschaftsprojekt „Lindenauer Lotsen“',
    title: 'Patenschaft für eine neu angekommene Familie',
    task: 'Sie begleiten eine Familie im ersten Jahr: Wohnung einrichten, Schule und Kita finden, Vereine kennenlernen. Sie verabreden sich etwa alle zwei Wochen. Das Projekt bereitet Sie vor und berät Sie bei Fragen.',
    time: WEEKLY,
    hours: 8,
    languages: ['de', 'en', 'ar', 'fa'],
    targetGroups: ['familien', 'bleibeperspektive'],
    skills: ['Zuverlässigkeit', 'Ortskenntnis', 'Geduld'],
  },
  {
    organisation: 'Integrationspatinnen und -paten Südstadt',
    title: 'Integrationspatenschaft für junge Erwachsene',
    task: 'Einem jungen Menschen beim Übergang von der Jugendhilfe in die eigene Wohnung und in Ausbildung zur Seite stehen.',
    time: WEEKLY,
    hours: 6,
    languages: ['de'],
    districts: ['suedstadt'],
    targetGroups: ['junge-erwachsene', 'uma'],
    skills: ['Lebenserfahrung', 'Geduld'],
  },
  {
    organisation: 'Kleiderkammer Oststadt',
    title: 'Sortieren und Ausgabe in der Kleiderkammer',
    task: 'Spenden sortieren, Regale einräumen und dienstags sowie freitags bei der Ausgabe beraten.',
    time: SEVERAL_TIMES_A_WEEK,
    hours: 12,
    languages: ['de'],
    districts: ['oststadt'],
    skills: ['Ordnungssinn', 'Freundlichkeit'],
  },
  {
    organisation: 'Lindenauer Tafel',
    title: 'Lebensmittelausgabe an der Tafel',
    task: 'Lebensmittel annehmen, sortieren und an Kundinnen und Kunden ausgeben; eine Schicht dauert vier Stunden.',
    time: WEEKLY,
    hours: 16,
    languages: ['de'],
    districts: ['innenstadt'],
    targetGroups: ['familien', 'senioren'],
    skills: ['Belastbarkeit', 'Teamarbeit'],
  },
  {
    organisation: 'Lindenauer Tafel',
    title: 'Fahrerin oder Fahrer für die Abholtour',
    task: 'Mit dem Kühlfahrzeug der Tafel morgens Lebensmittel bei Supermärkten und Bäckereien abholen.',
    time: WEEKLY,
    hours: 12,
    skills: ['Führerschein Klasse B', 'Pünktlichkeit'],
    status: OpportunityStatus.FILLED,
  },
  {
    organisation: 'Lesepaten Lindenau',
    title: 'Lesepatin oder Lesepate in der Kita',
    task: 'Einmal in der Woche in einer Kita vorlesen, gern auch zweisprachig, und mit den Kindern über die Geschichten sprechen.',
    time: WEEKLY,
    hours: 4,
    languages: ['de', 'tr', 'ar', 'uk'],
    targetGroups: ['kinder-jugend'],
    skills: ['Vorlesen', 'Freude an Kindern'],
  },
  {
    organisation: 'Möbelbörse Lindenau',
    title: 'Möbel abholen und ausliefern',
    task: 'Gespendete Möbel in Wohnungen abholen und zu Familien bringen, die gerade eine Wohnung bezogen haben. Wir fahren zu zweit mit dem Transporter.',
    time: OCCASIONAL,
    hours: 8,
    skills: ['Kraft', 'Führerschein Klasse B', 'Möbelmontage'],
  },
  {
    organisation: 'Wohnungspaten Lindenau',
    title: 'Wohnungspatenschaft: bei der Wohnungssuche begleiten',
    task: 'Gemeinsam mit Wohnungssuchenden Anzeigen sichten, Bewerbungen schreiben, zu Besichtigungen gehen und Mietverträge erklären.',
    time: WEEKLY,
    hours: 6,
    languages: ['de', 'en'],
    targetGroups: ['bleibeperspektive', 'familien'],
    skills: ['Mietrecht', 'Briefe schreiben'],
  },
  {
    organisation: 'Ausbildungspaten Lindenau',
    title: 'Ausbildungspatenschaft für Azubis',
    task: 'Auszubildende mit Fluchtgeschichte durch die Ausbildung begleiten: Lernen für die Berufsschule, Fragen zum Betrieb, Prüfungsangst.',
    time: WEEKLY,
    hours: 6,
    languages: ['de'],
    targetGroups: ['junge-erwachsene'],
    skills: ['Berufserfahrung', 'Fachkenntnisse im Handwerk'],
  },
  {
    organisation: 'Jobpaten Oststadt',
    title: 'Bewerbungstraining für Arbeitssuchende',
    task: 'Lebensläufe und Anschreiben gemeinsam erstellen und Vorstellungsgespräche üben, in der Sprechstunde donnerstags.',
    time: WEEKLY,
    hours: 8,
    languages: ['de', 'en'],
    districts: ['oststadt'],
    skills: ['Bewerbungen', 'Computerkenntnisse', 'Personalwesen'],
  },
  {
    organisation: 'Mentoringprojekt „Chancenpatinnen“',
    title: 'Mentorin für Frauen auf dem Weg in den Beruf',
    task: 'Eine zugewanderte Frau ein halbes Jahr lang beim beruflichen Wiedereinstieg begleiten: Anerkennung von Abschlüssen, Netzwerke, Bewerbungen.',
    time: OCCASIONAL,
    hours: 4,
    languages: ['de', 'en', 'fa'],
    targetGroups: ['frauen'],
    skills: ['Berufserfahrung', 'Netzwerk'],
  },
  {
    organisation: 'Interkultureller Gemeinschaftsgarten „Wurzelwerk“',
    title: 'Gärtnern im Gemeinschaftsgarten',
    task: 'Beete anlegen, pflanzen, gießen und ernten, gemeinsam mit Familien aus der Nachbarschaft; die Gartentage sind samstags.',
    time: OCCASIONAL,
    hours: 6,
    languages: ['de'],
    districts: ['gartenstadt'],
    targetGroups: ['familien', 'senioren'],
    skills: ['Gärtnern'],
  },
  {
    organisation: 'Nähcafé „Faden und Freundschaft“',
    title: 'Nähkurs anleiten',
    task: 'Grundlagen an der Nähmaschine zeigen, Schnitte erklären und bei eigenen Projekten helfen.',
    time: WEEKLY,
    hours: 8,
    languages: ['de', 'tr'],
    targetGroups: ['frauen'],
    skills: ['Nähen'],
  },
  {
    organisation: 'Frauencafé „Mittendrin“ Neustadt',
    title: 'Frauencafé mitgestalten',
    task: 'Das wöchentliche Frauencafé vorbereiten, Themenabende organisieren (Gesundheit, Schule, Rechte) und Referentinnen einladen.',
    time: WEEKLY,
    hours: 6,
    languages: ['de', 'ar', 'fa'],
    districts: ['neustadt'],
    targetGroups: ['frauen'],
    skills: ['Organisation', 'Empathie'],
  },
  {
    organisation: 'Elterncafé Am Hafen',
    title: 'Kinderbetreuung im Elterncafé',
    task: 'Während die Eltern sich austauschen, spielen Sie mit den Kindern im Spielzimmer.',
    time: WEEKLY,
    hours: 4,
    districts: ['am-hafen'],
    targetGroups: ['familien', 'kinder-jugend'],
    skills: ['Erfahrung mit Kindern', 'Führungszeugnis'],
  },
  {
    organisation: 'Schwimminitiative „Seepferdchen für alle“',
    title: 'Schwimmbegleitung für Kinder',
    task: 'Samstagmorgens im Hallenbad die Schwimmlehrerin unterstützen, Kinder ins Wasser begleiten und für Sicherheit sorgen.',
    time: WEEKLY,
    hours: 8,
    districts: ['eichwald'],
    targetGroups: ['kinder-jugend'],
    skills: ['Rettungsschwimmer', 'Schwimmen'],
  },
  {
    organisation: 'Kochtreff „Weltküche“',
    title: 'Kochabende mitorganisieren',
    task: 'Einkaufen, gemeinsam kochen und essen: Jeden Monat stellt eine andere Gruppe ihre Küche vor, Sie helfen bei Planung und Hygieneregeln.',
    time: OCCASIONAL,
    hours: 5,
    languages: ['de'],
    skills: ['Kochen', 'Hygieneschulung'],
  },
  {
    organisation: 'Theatergruppe „Bühne ohne Grenzen“',
    title: 'Technik und Bühnenbild für das Theaterprojekt',
    task: 'Licht und Ton bei Proben und Aufführungen betreuen und das Bühnenbild mitbauen.',
    time: OCCASIONAL,
    hours: 6,
    skills: ['Veranstaltungstechnik', 'Handwerkliches Geschick'],
  },
  {
    organisation: 'Medizinische Flüchtlingshilfe Lindenau',
    title: 'Empfang in der offenen Sprechstunde',
    task: 'Patientinnen und Patienten empfangen, Anliegen aufnehmen und an die ehrenamtlichen Ärztinnen und Ärzte weitergeben; medizinisches Vorwissen ist hilfreich, aber keine Bedingung.',
    time: WEEKLY,
    hours: 8,
    languages: ['de', 'en', 'fr', 'ti'],
    districts: ['innenstadt'],
    targetGroups: ['geduldete'],
    skills: ['Medizinische Vorkenntnisse', 'Verschwiegenheit'],
  },
  {
    organisation: 'Refugee Law Clinic Lindenau',
    title: 'Unterstützung in der Asylverfahrensberatung',
    task: 'Jurastudierende und Ehrenamtliche mit juristischem Hintergrund bereiten unter Anleitung Anhörungen vor und recherchieren Herkunftsländerinformationen.',
    time: WEEKLY,
    hours: 10,
    languages: ['de', 'en', 'fr'],
    targetGroups: ['geduldete', 'bleibeperspektive'],
    skills: ['Jura', 'Recherche', 'Englisch'],
  },
  {
    organisation: 'Mobilitätspaten Lindenau',
    title: 'Radfahrkurs für Frauen begleiten',
    task: 'Frauen, die noch nie Rad gefahren sind, auf dem Übungsplatz beim Gleichgewicht helfen und später auf ersten Touren begleiten.',
    time: WEEKLY,
    hours: 6,
    languages: ['de', 'ar', 'fa', 'ps'],
    districts: ['feldmark'],
    targetGroups: ['frauen'],
    skills: ['Radfahren', 'Geduld'],
  },
  {
    organisation: 'Digital-Paten Lindenau',
    title: 'Smartphone-Sprechstunde',
    task: 'Bei Fragen rund um Smartphone, E-Mail, Online-Termine und Apps von Ämtern helfen, in der Stadtbibliothek.',
    time: WEEKLY,
    hours: 4,
    languages: ['de', 'ru', 'uk'],
    districts: ['innenstadt'],
    targetGroups: ['senioren'],
    skills: ['Smartphone', 'Computerkenntnisse', 'Geduld'],
  },
  {
    organisation: 'Spielgruppe „Kinderinsel“ in der Gemeinschaftsunterkunft Kirchberg',
    title: 'Spielnachmittage in der Gemeinschaftsunterkunft',
    task: 'Zweimal in der Woche mit Kindern in der Unterkunft spielen, basteln und Ausflüge auf den Spielplatz machen.',
    time: SEVERAL_TIMES_A_WEEK,
    hours: 12,
    districts: ['kirchberg'],
    targetGroups: ['kinder-jugend', 'geduldete'],
    skills: ['Basteln', 'Führungszeugnis'],
  },
  {
    organisation: 'Fußballinitiative „Kicken ohne Grenzen“',
    title: 'Co-Trainerin oder Co-Trainer Fußball',
    task: 'Das offene Fußballtraining für Jugendliche zweimal pro Woche mit anleiten und zu Turnieren begleiten.',
    time: SEVERAL_TIMES_A_WEEK,
    hours: 12,
    languages: ['de', 'en'],
    districts: ['neustadt'],
    targetGroups: ['kinder-jugend', 'uma'],
    skills: ['Fußball', 'Trainerschein'],
  },
  {
    organisation: 'Musikprojekt „Klangbrücke“',
    title: 'Instrumentalunterricht für Kinder',
    task: 'Kindern die ersten Schritte an Gitarre, Keyboard oder Trommeln zeigen, in kleinen Gruppen.',
    time: WEEKLY,
    hours: 4,
    targetGroups: ['kinder-jugend'],
    skills: ['Musikinstrument', 'Musikpädagogik'],
  },
  {
    organisation: 'Studentisches Tandemprojekt „Start mit Freunden“',
    title: 'Sprachtandem mit internationalen Studierenden',
    task: 'Sich mit einer Person aus einem anderen Land regelmäßig treffen und abwechselnd in beiden Sprachen sprechen.',
    time: WEEKLY,
    hours: 4,
    languages: ['de', 'en', 'es', 'it', 'fr'],
    districts: ['altstadt'],
    skills: ['Offenheit'],
  },
  {
    organisation: 'Nachbarschaftshilfe Feldmark',
    title: 'Einkaufshilfe für Nachbarinnen und Nachbarn',
    task: 'Für ältere Menschen und Familien mit Kleinkindern einkaufen gehen oder Besorgungen in der Apotheke erledigen.',
    time: OCCASIONAL,
    hours: 3,
    districts: ['feldmark'],
    targetGroups: ['senioren', 'familien'],
    skills: ['Zuverlässigkeit'],
  },
  {
    organisation: 'Begegnungscafé „Café International“ Kirchberg',
    title: 'Willkommensfest im Stadtteil organisieren',
    task: 'Mit anderen Ehrenamtlichen das jährliche Willkommensfest im Kirchberg planen: Programm, Essen, Musik, Auf- und Abbau.',
    time: ONCE,
    hours: 10,
    languages: ['de'],
    districts: ['kirchberg'],
    skills: ['Organisationstalent', 'Veranstaltungsplanung'],
    untilInDays: 60,
  },
  {
    organisation: 'Ukraine-Hilfe Lindenau',
    title: 'Deutschkurs für ukrainische Seniorinnen und Senioren unterstützen',
    task: 'In einem Anfängerkurs für ältere Geflüchtete aus der Ukraine kleine Übungsgruppen betreuen.',
    time: WEEKLY,
    hours: 6,
    languages: ['de', 'uk', 'ru'],
    targetGroups: ['senioren'],
    skills: ['Ukrainisch oder Russisch', 'Unterrichtserfahrung'],
  },
  {
    organisation: 'Diakonisches Werk Lindenau e. V.',
    title: 'Übersetzung von Informationsblättern',
    task: 'Kurze Informationsblätter der Beratungsstellen in einfache Sprache oder in Farsi, Tigrinya oder Somali übersetzen, von zu Hause aus.',
    time: OCCASIONAL,
    hours: 3,
    languages: ['fa', 'ti', 'so'],
    skills: ['Übersetzen', 'Einfache Sprache'],
  },
  {
    organisation: 'AWO Familienzentrum Am Hafen',
    title: 'Vorlesestunde für Familien',
    task: 'Einmal im Monat am Samstagvormittag in der Bibliothek des Familienzentrums vorlesen.',
    time: OCCASIONAL,
    hours: 2,
    languages: ['de', 'ar'],
    districts: ['am-hafen'],
    targetGroups: ['familien', 'kinder-jugend'],
    skills: ['Vorlesen'],
  },
  {
    organisation: 'DRK-Kreisverband Lindenau e. V.',
    title: 'Erste-Hilfe-Kurse übersetzen',
    task: 'In Erste-Hilfe-Kursen für Geflüchtete die Inhalte ins Arabische oder Dari übertragen.',
    time: OCCASIONAL,
    hours: 4,
    languages: ['ar', 'fa'],
    skills: ['Dolmetschen', 'Erste Hilfe'],
    status: OpportunityStatus.CLOSED,
  },
  {
    organisation: 'Stadtbibliothek Lindenau',
    title: 'Bibliotheksführungen in mehreren Sprachen',
    task: 'Neuen Nutzerinnen und Nutzern die Bibliothek zeigen: Ausweis, Ausleihe, Sprachlernecke, Onleihe.',
    time: OCCASIONAL,
    hours: 2,
    languages: ['en', 'ar', 'tr', 'uk'],
    districts: ['innenstadt'],
    skills: ['Mehrsprachigkeit'],
    stale: true,
  },
  {
    organisation: 'Grundschule am Hafen',
    title: 'Lesehelferin oder Lesehelfer in der Grundschule',
    task: 'Mit einzelnen Kindern der Klassen 1 und 2 lesen üben, zweimal in der Woche in der ersten Stunde.',
    time: SEVERAL_TIMES_A_WEEK,
    hours: 8,
    languages: ['de'],
    districts: ['am-hafen'],
    targetGroups: ['kinder-jugend'],
    skills: ['Vorlesen', 'Geduld'],
  },
  {
    organisation: 'Syrischer Kulturverein Lindenau e. V.',
    title: 'Arabischunterricht für Kinder am Wochenende',
    task: 'Kindern aus arabischsprachigen Familien Lesen und Schreiben in der Herkunftssprache beibringen.',
    time: WEEKLY,
    hours: 8,
    languages: ['ar'],
    districts: ['weststadt'],
    targetGroups: ['kinder-jugend'],
    skills: ['Arabisch', 'Unterrichtserfahrung'],
  },
  {
    organisation: 'Deutsch-Ukrainischer Verein „Kalyna“ e. V.',
    title: 'Begleitung von Familien aus der Ukraine zur Schulanmeldung',
    task: 'Familien bei der Anmeldung in Schule und Kita begleiten und Gespräche übersetzen.',
    time: OCCASIONAL,
    hours: 4,
    languages: ['uk', 'ru', 'de'],
    targetGroups: ['familien'],
    skills: ['Ukrainisch', 'Behördenerfahrung'],
    stale: true,
  },
  {
    organisation: 'Afghanischer Frauenverein Lindenau e. V.',
    title: 'Alphabetisierungskurs für Frauen begleiten',
    task: 'Im Alphabetisierungskurs für Frauen einzelne Teilnehmerinnen beim Schreibenlernen unterstützen.',
    time: WEEKLY,
    hours: 6,
    languages: ['fa', 'ps', 'de'],
    targetGroups: ['frauen'],
    skills: ['Dari oder Paschtu', 'Geduld'],
  },
  {
    organisation: 'Mehrgenerationenhaus Südstadt e. V.',
    title: 'Erzählcafé der Generationen',
    task: 'Ältere Menschen und Neuzugewanderte erzählen sich bei Kaffee und Kuchen aus ihrem Leben; Sie moderieren und laden ein.',
    time: OCCASIONAL,
    hours: 3,
    languages: ['de'],
    districts: ['suedstadt'],
    targetGroups: ['senioren'],
    skills: ['Moderation', 'Zuhören'],
  },
  {
    organisation: 'Welcome-Treff Lindenau',
    title: 'Beratung am Willkommenstresen',
    task: 'Am Willkommenstresen Fragen beantworten, an Beratungsstellen verweisen und Termine vereinbaren.',
    time: WEEKLY,
    hours: 8,
    languages: ['de', 'en', 'ar'],
    districts: ['innenstadt'],
    skills: ['Ortskenntnis', 'Freundlichkeit'],
  },
  {
    organisation: 'Bahnhofsmission Lindenau',
    title: 'Reisehilfe am Bahnhof',
    task: 'Reisende beim Umsteigen begleiten, auch Familien mit viel Gepäck und Menschen, die kein Deutsch sprechen.',
    time: OCCASIONAL,
    hours: 8,
    languages: ['de', 'en', 'pl', 'ro'],
    districts: ['innenstadt'],
    skills: ['Belastbarkeit', 'Ortskenntnis'],
  },
];

interface VolunteerSeed {
  name: string;
  email: string;
  phone?: string;
  languages: string[];
  district?: string;
  time: TimeCommitment;
  skills: string[];
  interests: {
    /** Title of a seeded opportunity. */
    title: string;
    status: InterestStatus;
    message?: string;
    answer?: string;
    daysAgo: number;
  }[];
}

/** Volunteers who registered interest with consent, in every state of an interest. */
export const demoVolunteers: VolunteerSeed[] = [
  {
    name: 'Johanna Krämer',
    email: 'johanna.kraemer@beispiel.example',
    phone: '+49 391 4471120',
    languages: ['de', 'en'],
    district: 'suedstadt',
    time: WEEKLY,
    skills: ['Geduld', 'Mathematik'],
    interests: [
      {
        title: 'Lernpatenschaft für ein Grundschulkind',
        status: InterestStatus.NEW,
        message: 'Ich bin pensionierte Lehrerin und hätte mittwochs nachmittags Zeit.',
        daysAgo: 2,
      },
      {
        title: 'Hausaufgabenhilfe am Nachmittag',
        status: InterestStatus.ACCEPTED,
        answer: 'Herzlich willkommen im Team! Wir sehen uns am Montag.',
        daysAgo: 40,
      },
    ],
  },
  {
    name: 'Yusuf Al-Masri',
    email: 'yusuf.almasri@beispiel.example',
    languages: ['ar', 'de', 'en'],
    district: 'weststadt',
    time: OCCASIONAL,
    skills: ['Arabisch', 'Behördenerfahrung'],
    interests: [
      {
        title: 'Begleitung zu Behörden und Ärzten',
        status: InterestStatus.ANSWERED,
        message: 'Ich bin vor sieben Jahren selbst hergekommen und kenne die Wege.',
        answer: 'Vielen Dank, Herr Al-Masri! Wir laden Sie zum Kennenlerntreffen am 12. ein.',
        daysAgo: 6,
      },
      { title: 'Dolmetschen bei Elternabenden', status: InterestStatus.NEW, daysAgo: 1 },
    ],
  },
  {
    name: 'Olena Bondarenko',
    email: 'olena.bondarenko@beispiel.example',
    phone: '+49 176 55512345',
    languages: ['uk', 'ru', 'de'],
    district: 'innenstadt',
    time: WEEKLY,
    skills: ['Smartphone', 'Unterrichtserfahrung'],
    interests: [
      { title: 'Deutschkurs für ukrainische Seniorinnen und Senioren unterstützen', status: InterestStatus.ACCEPTED, daysAgo: 60 },
      {
        title: 'Dolmetschen bei Elternabenden',
        status: InterestStatus.ANSWERED,
        answer: 'Wir melden uns vor dem nächsten Elternabend an der Grundschule Brühl.',
        daysAgo: 12,
      },
    ],
  },
  {
    name: 'Tobias Engel',
    email: 'tobias.engel@beispiel.example',
    languages: ['de'],
    district: 'am-hafen',
    time: WEEKLY,
    skills: ['Fahrradreparatur', 'Führerschein Klasse B'],
    interests: [
      {
        title: 'Schrauben in der Fahrradwerkstatt',
        status: InterestStatus.NEW,
        message: 'Ich schraube seit Jahren an meinen eigenen Rädern.',
        daysAgo: 3,
      },
      {
        title: 'Kinderbetreuung während des Frauenkurses',
        status: InterestStatus.DECLINED,
        answer: 'Leider passt die Zeit nicht zu Ihren Angaben.',
        daysAgo: 20,
      },
    ],
  },
  {
    name: 'Leyla Şahin',
    email: 'leyla.sahin@beispiel.example',
    languages: ['tr', 'de'],
    district: 'neustadt',
    time: OCCASIONAL,
    skills: ['Nähen', 'Dolmetschen'],
    interests: [
      { title: 'Nähkurs anleiten', status: InterestStatus.WITHDRAWN, message: 'Ich habe leider doch keine Zeit mehr.', daysAgo: 30 },
      { title: 'Dolmetschen bei Elternabenden', status: InterestStatus.NEW, message: 'Türkisch ist meine Muttersprache.', daysAgo: 4 },
    ],
  },
  {
    name: 'Farid Rahimi',
    email: 'farid.rahimi@beispiel.example',
    languages: ['fa', 'ps', 'de'],
    district: 'feldmark',
    time: SEVERAL_TIMES_A_WEEK,
    skills: ['Radfahren', 'Fußball'],
    interests: [{ title: 'Co-Trainerin oder Co-Trainer Fußball', status: InterestStatus.NEW, daysAgo: 5 }],
  },
  {
    name: 'Marlene Vogt',
    email: 'marlene.vogt@beispiel.example',
    languages: ['de', 'fr'],
    time: ONCE,
    skills: ['Organisationstalent'],
    interests: [
      {
        title: 'Vereinsberatung für junge Migrantenorganisationen',
        status: InterestStatus.NEW,
        message: 'Ich war zwölf Jahre Kassiererin in einem Sportverein.',
        daysAgo: 8,
      },
    ],
  },
];

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86400_000).toISOString().slice(0, 10);

/**
 * Seeds the demo's volunteer opportunities and volunteers with their
 * interests. Throws when an organisation or a vocabulary code named here is
 * missing, so the demo data cannot drift silently.
 */
export function seedDemoVolunteering(
  factory: Factory,
  organisations: ReadonlyMap<string, Organisation>,
  refs: {
    districts: ReadonlyMap<string, District>;
    languages: ReadonlyMap<string, Language>;
    targetGroups: ReadonlyMap<string, TargetGroup>;
  },
): { opportunities: number; volunteers: number; interests: number } {
  const pick = <T>(map: ReadonlyMap<string, T>, codes: string[] | undefined, what: string) =>
    (codes ?? []).map((code) => {
      const entry = map.get(code);
      if (!entry) throw new Error(`demo volunteering: unknown ${what} ${code}`);
      return entry;
    });
  const now = Date.now();
  const byTitle = new Map<string, VolunteerOpportunity>();
  for (const [i, seed] of demoOpportunities.entries()) {
    const organisation = organisations.get(seed.organisation);
    if (!organisation) throw new Error(`demo volunteering: unknown organisation ${seed.organisation}`);
    const created = new Date(now - (10 + ((i * 37) % 300)) * 86400_000);
    byTitle.set(
      seed.title,
      factory.volunteerOpportunity(organisation, {
        title: seed.title,
        task: seed.task,
        timeNeeded: seed.time,
        hoursPerMonth: seed.hours ?? null,
        skills: seed.skills ?? [],
        status: seed.status ?? OpportunityStatus.OPEN,
        validUntil: seed.untilInDays === undefined ? null : day(seed.untilInDays),
        createdAt: created,
        // Spread without the factory's random numbers, so the data seeded after these stays as it was.
        lastConfirmedAt: new Date(now - (seed.stale ? 380 + ((i * 53) % 300) : (i * 29) % 200) * 86400_000),
        languages: pick(refs.languages, seed.languages, 'language'),
        districts: pick(refs.districts, seed.districts, 'district'),
        targetGroups: pick(refs.targetGroups, seed.targetGroups, 'target group'),
      }),
    );
  }
  let interests = 0;
  for (const seed of demoVolunteers) {
    const earliest = Math.max(...seed.interests.map((i) => i.daysAgo));
    const volunteer = factory.volunteer({
      name: seed.name,
      email: seed.email,
      phone: seed.phone ?? null,
      languages: pick(refs.languages, seed.languages, 'language'),
      district: seed.district ? (pick(refs.districts, [seed.district], 'district')[0] ?? null) : null,
      timeAvailable: seed.time,
      skills: seed.skills,
      consentGivenAt: new Date(now - earliest * 86400_000),
    });
    for (const interest of seed.interests) {
      const opportunity = byTitle.get(interest.title);
      if (!opportunity) throw new Error(`demo volunteering: unknown opportunity ${interest.title}`);
      const at = new Date(now - interest.daysAgo * 86400_000);
      const later = new Date(at.getTime() + 2 * 86400_000);
      const messages: InterestMessage[] = [];
      if (interest.message)
        messages.push({
          at: at.toISOString(),
          author: InterestMessageAuthor.VOLUNTEER,
          authorName: null,
          text: interest.message,
          status: null,
        });
      if (interest.status !== InterestStatus.NEW && interest.status !== InterestStatus.WITHDRAWN)
        messages.push({
          at: later.toISOString(),
          author: InterestMessageAuthor.ORGANISATION,
          authorName: 'Ehrenamtskoordination',
          text: interest.answer ?? null,
          status: interest.status,
        });
      factory.volunteerInterest(opportunity, volunteer, { status: interest.status, messages, createdAt: at });
      interests += 1;
    }
  }
  return { opportunities: demoOpportunities.length, volunteers: demoVolunteers.length, interests };
}
