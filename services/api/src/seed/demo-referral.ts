/**
 * The demo city's three referral paths (Beratungswege), modelled on Herne's
 * "which service for which situation" and Leipzig's counselling centres:
 * a general guide for adults by legal status, need and district (the six
 * district counselling centres for refugees in their own flats), one for
 * young people from 12 to 27 (the youth migration services) and one for work
 * and the recognition of foreign qualifications. Every text is written in
 * all six languages; outcomes point at demo offers by their stable code
 * (demo-offers-data.ts).
 */

import type { EntityManager } from '../db/orm.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { Offer } from '../modules/offer/offer.entity.js';
import type { ReferralConditionData, ReferralPath, ReferralQuestionData } from '../modules/referral/referral.entity.js';
import { referralPathSnapshot } from '../modules/referral/referral.service.js';
import type { Factory } from './factories.js';

const others = ['en', 'ar', 'fa', 'tr', 'uk'] as const;
/** One text in German and the five other languages. */
interface Text {
  de: string;
  en: string;
  ar: string;
  fa: string;
  tr: string;
  uk: string;
}

const text = (de: string, en: string, ar: string, fa: string, tr: string, uk: string): Text => ({ de, en, ar, fa, tr, uk });

interface OptionSeed {
  key: string;
  label: Text;
}

interface QuestionSeed {
  key: string;
  label: Text;
  hint?: Text;
  options: OptionSeed[];
}

interface OutcomeSeed {
  /** The offer's code in demo-offers-data.ts. */
  offer: string;
  /** Question key → the options it holds for; every listed question must match. */
  when?: Record<string, string[]>;
  reason: Text;
  fallback?: boolean;
}

interface PathSeed {
  title: Text;
  intro: Text;
  questions: QuestionSeed[];
  outcomes: OutcomeSeed[];
}

const option = (key: string, label: Text): OptionSeed => ({ key, label });

// ---------------------------------------------------------------------------
// Texts used by more than one outcome
// ---------------------------------------------------------------------------

const districtCentreReason = text(
  'Ihre Beratungsstelle im Stadtteil: Sie hilft Menschen im Asylverfahren und mit Duldung bei Briefen von Ämtern, Leistungen, Wohnung und Arztbesuchen und vermittelt an Fachstellen weiter.',
  'The counselling centre for your part of town: it helps people in the asylum procedure and with a Duldung with letters from the authorities, benefits, housing and seeing a doctor, and refers you to specialist services.',
  'مركز الاستشارة في حيّك: يساعد الأشخاص الذين هم في إجراءات اللجوء أو لديهم «دولدونغ» في رسائل الدوائر الرسمية والمساعدات والسكن وزيارة الطبيب، ويحيلك إلى الجهات المتخصصة.',
  'مرکز مشاورهٔ محلهٔ شما: به افرادی که در روند پناهندگی هستند یا «دولدونگ» دارند در نامه‌های اداری، کمک‌هزینه‌ها، مسکن و مراجعه به پزشک کمک می‌کند و شما را به مراکز تخصصی معرفی می‌کند.',
  'Semtinizdeki danışma merkezi: İltica sürecindeki ve Duldung’u olan kişilere resmi yazılar, sosyal yardımlar, konut ve doktor ziyaretleri konusunda yardım eder ve sizi uzman birimlere yönlendirir.',
  'Консультаційна служба у вашому районі: допомагає людям у процедурі надання притулку та з Duldung із листами від установ, виплатами, житлом і візитами до лікаря, а також скеровує до фахових служб.',
);

const workWithRestrictedStatusReason = text(
  'Hier erfahren Sie, ob und wie Sie mit Aufenthaltsgestattung oder Duldung arbeiten oder eine Ausbildung beginnen dürfen.',
  'Find out whether and how you may work or start vocational training with an Aufenthaltsgestattung or a Duldung.',
  'هنا تعرف ما إذا كان يُسمح لك بالعمل أو ببدء تدريب مهني مع «Aufenthaltsgestattung» أو «دولدونغ»، وكيف يتم ذلك.',
  'اینجا می‌فهمید آیا و چگونه می‌توانید با Aufenthaltsgestattung یا «دولدونگ» کار کنید یا آموزش حرفه‌ای را شروع کنید.',
  'Aufenthaltsgestattung veya Duldung ile çalışıp çalışamayacağınızı ya da meslek eğitimine başlayıp başlayamayacağınızı ve bunun nasıl olacağını burada öğrenirsiniz.',
  'Тут ви дізнаєтеся, чи можна вам працювати або почати професійне навчання з Aufenthaltsgestattung чи Duldung і як це зробити.',
);

const integrationPointReason = text(
  'Arbeit, Ausbildung und Berufssprachkurs aus einer Hand: Jobcenter und Arbeitsagentur beraten Sie gemeinsam.',
  'Work, training and job-related German courses in one place: the job centre and the employment agency advise you together.',
  'العمل والتدريب المهني ودورة اللغة المهنية في مكان واحد: مركز العمل «Jobcenter» ووكالة العمل يقدمان لك الاستشارة معًا.',
  'کار، آموزش حرفه‌ای و دورهٔ زبان شغلی در یک جا: جاب‌سنتر و ادارهٔ کار با هم به شما مشاوره می‌دهند.',
  'İş, meslek eğitimi ve mesleki dil kursu tek elden: Jobcenter ve İş Ajansı size birlikte danışmanlık yapar.',
  'Робота, навчання та професійний мовний курс в одному місці: Jobcenter і агентство праці консультують вас разом.',
);

const recognitionReason = text(
  'Die Anerkennungsberatung prüft kostenlos mit Ihnen, welche Stelle für Ihren ausländischen Abschluss zuständig ist und welche Unterlagen Sie brauchen.',
  'The recognition advice service checks with you, free of charge, which authority is responsible for your foreign qualification and which documents you need.',
  'تبحث معك استشارة الاعتراف بالشهادات مجانًا في الجهة المسؤولة عن شهادتك الأجنبية وفي الوثائق التي تحتاج إليها.',
  'مشاورهٔ ارزشیابی مدارک به‌طور رایگان با شما بررسی می‌کند کدام مرجع مسئول مدرک خارجی شماست و چه مدارکی لازم دارید.',
  'Denklik danışmanlığı, yurt dışındaki diplomanız için hangi kurumun yetkili olduğunu ve hangi belgelere ihtiyacınız olduğunu sizinle birlikte ücretsiz olarak inceler.',
  'Консультація з визнання безкоштовно разом із вами з’ясує, яка установа відповідає за ваш іноземний диплом і які документи потрібні.',
);

const integrationCourseReason = text(
  'Im Integrationskurs lernen Sie Deutsch bis B1 und vieles über das Leben in Deutschland; oft ist er für Sie kostenlos.',
  'In the integration course you learn German up to B1 and a lot about life in Germany; it is often free for you.',
  'في دورة الاندماج تتعلم الألمانية حتى المستوى B1 وكثيرًا عن الحياة في ألمانيا، وغالبًا ما تكون مجانية لك.',
  'در دورهٔ ادغام، آلمانی را تا سطح B1 و چیزهای زیادی دربارهٔ زندگی در آلمان یاد می‌گیرید؛ این دوره اغلب برای شما رایگان است.',
  'Uyum kursunda B1 seviyesine kadar Almanca ve Almanya’daki yaşam hakkında çok şey öğrenirsiniz; kurs çoğu zaman sizin için ücretsizdir.',
  'На інтеграційному курсі ви вивчите німецьку до рівня B1 і багато дізнаєтеся про життя в Німеччині; часто він для вас безкоштовний.',
);

const youthServiceReason = text(
  'Beim Jugendmigrationsdienst hast du eine feste Ansprechperson, die dich begleitet – bei Schule, Ausbildung, Aufenthalt und allem, was dich beschäftigt.',
  'At the youth migration service you have one contact person who supports you – with school, training, residence and anything else on your mind.',
  'في خدمة هجرة الشباب يكون لديك شخص ثابت للتواصل يرافقك – في المدرسة والتدريب المهني والإقامة وكل ما يشغلك.',
  'در خدمات مهاجرت جوانان یک فرد ثابت داری که همراهت است – در مدرسه، آموزش حرفه‌ای، اقامت و هر چیزی که ذهنت را مشغول کرده.',
  'Gençlik Göç Servisi’nde sana eşlik eden sabit bir danışmanın olur – okul, meslek eğitimi, oturum ve seni meşgul eden her konuda.',
  'У молодіжній міграційній службі в тебе є постійна контактна особа, яка тебе супроводжує, — зі школою, навчанням, перебуванням і всім, що тебе турбує.',
);

const restricted = ['asylum', 'tolerated'];
const secure = ['protected', 'ukraine', 'eu', 'unknown'];

// ---------------------------------------------------------------------------
// 1. Welche Beratung passt zu mir? (adults, by legal status, need and district)
// ---------------------------------------------------------------------------

const adults: PathSeed = {
  title: text(
    'Welche Beratung passt zu mir?',
    'Which counselling service is right for me?',
    'ما هي الاستشارة المناسبة لي؟',
    'کدام مشاوره برای من مناسب است؟',
    'Hangi danışmanlık bana uygun?',
    'Яка консультація мені підходить?',
  ),
  intro: text(
    'Beantworten Sie drei kurze Fragen zu Ihrem Aufenthalt, Ihrem Anliegen und Ihrem Stadtteil. Danach sehen Sie, welche Beratungsstellen in Lindenau für Sie zuständig sind. Die Beratung ist kostenlos und vertraulich.',
    'Answer three short questions about your residence status, what you need help with and where you live. You will then see which counselling services in Lindenau are there for you. Counselling is free and confidential.',
    'أجب عن ثلاثة أسئلة قصيرة حول وضع إقامتك وما تحتاج إليه والحي الذي تسكن فيه. بعد ذلك سترى مراكز الاستشارة في ليندناو المسؤولة عن وضعك. الاستشارة مجانية وسرية.',
    'به سه پرسش کوتاه دربارهٔ وضعیت اقامت، موضوعی که در آن به کمک نیاز دارید و محله‌ای که در آن زندگی می‌کنید پاسخ دهید. سپس می‌بینید کدام مراکز مشاوره در لیندناو برای شما مناسب‌اند. مشاوره رایگان و محرمانه است.',
    'Oturum durumunuz, hangi konuda desteğe ihtiyacınız olduğu ve oturduğunuz semt hakkında üç kısa soruyu yanıtlayın. Ardından Lindenau’da sizin için hangi danışma merkezlerinin yetkili olduğunu görürsünüz. Danışmanlık ücretsiz ve gizlidir.',
    'Дайте відповідь на три короткі запитання про ваш статус перебування, вашу потребу та район, у якому ви живете. Після цього ви побачите, які консультаційні служби в Лінденау вам підходять. Консультація безкоштовна й конфіденційна.',
  ),
  questions: [
    {
      key: 'status',
      label: text(
        'Welchen Aufenthaltsstatus haben Sie?',
        'What is your residence status?',
        'ما هو وضع إقامتك؟',
        'وضعیت اقامت شما چیست؟',
        'Oturum durumunuz nedir?',
        'Який у вас статус перебування?',
      ),
      hint: text(
        'Das steht auf Ihrem Ausweis oder Bescheid. Wenn Sie unsicher sind, wählen Sie „Ich weiß es nicht“.',
        'You will find it on your ID document or official letter. If you are not sure, choose “I don’t know”.',
        'تجده على وثيقة إقامتك أو على القرار الرسمي. إذا لم تكن متأكدًا، اختر «لا أعرف».',
        'این را روی مدرک اقامت یا نامهٔ رسمی خود می‌بینید. اگر مطمئن نیستید، «نمی‌دانم» را انتخاب کنید.',
        'Bunu kimlik belgenizde veya resmi kararda bulabilirsiniz. Emin değilseniz „Bilmiyorum“ seçeneğini seçin.',
        'Це зазначено у вашому документі або офіційному рішенні. Якщо ви не впевнені, виберіть «Я не знаю».',
      ),
      options: [
        option(
          'asylum',
          text(
            'Ich bin im Asylverfahren (Aufenthaltsgestattung)',
            'My asylum application is in progress (Aufenthaltsgestattung)',
            'طلب لجوئي قيد الإجراء (Aufenthaltsgestattung)',
            'درخواست پناهندگی من در جریان است (Aufenthaltsgestattung)',
            'İltica başvurum devam ediyor (Aufenthaltsgestattung)',
            'Я перебуваю в процедурі надання притулку (Aufenthaltsgestattung)',
          ),
        ),
        option(
          'tolerated',
          text(
            'Ich habe eine Duldung',
            'I have a Duldung (temporary suspension of deportation)',
            'لدي «دولدونغ» (تعليق مؤقت للترحيل)',
            'من «دولدونگ» (تعلیق موقت اخراج) دارم',
            'Duldung’um var (sınır dışı etmenin geçici olarak ertelenmesi)',
            'У мене є Duldung (тимчасове зупинення депортації)',
          ),
        ),
        option(
          'protected',
          text(
            'Ich bin anerkannt oder habe eine Aufenthaltserlaubnis',
            'I have been granted protection or have a residence permit',
            'تم الاعتراف بي أو لدي تصريح إقامة',
            'پناهندگی من پذیرفته شده یا اجازهٔ اقامت دارم',
            'Koruma statüsü aldım veya oturma iznim var',
            'Мене визнано або я маю посвідку на проживання',
          ),
        ),
        option(
          'ukraine',
          text(
            'Ich bin aus der Ukraine geflüchtet',
            'I fled from Ukraine',
            'لجأت من أوكرانيا',
            'از اوکراین گریخته‌ام',
            'Ukrayna’dan kaçtım',
            'Я вимушено виїхав(-ла) з України',
          ),
        ),
        option(
          'eu',
          text(
            'Ich komme aus einem Land der EU',
            'I come from an EU country',
            'أنا من دولة في الاتحاد الأوروبي',
            'اهل یکی از کشورهای اتحادیهٔ اروپا هستم',
            'Bir AB ülkesinden geliyorum',
            'Я з країни Європейського Союзу',
          ),
        ),
        option('unknown', text('Ich weiß es nicht', 'I don’t know', 'لا أعرف', 'نمی‌دانم', 'Bilmiyorum', 'Я не знаю')),
      ],
    },
    {
      key: 'need',
      label: text(
        'Wobei brauchen Sie Unterstützung?',
        'What do you need help with?',
        'في أي مجال تحتاج إلى دعم؟',
        'در چه زمینه‌ای به کمک نیاز دارید؟',
        'Hangi konuda desteğe ihtiyacınız var?',
        'З чим вам потрібна допомога?',
      ),
      hint: text(
        'Wählen Sie, was Ihnen gerade am wichtigsten ist.',
        'Choose what matters most to you right now.',
        'اختر ما هو الأهم بالنسبة لك الآن.',
        'آنچه را که اکنون برایتان از همه مهم‌تر است انتخاب کنید.',
        'Şu anda sizin için en önemli olanı seçin.',
        'Виберіть те, що для вас зараз найважливіше.',
      ),
      options: [
        option(
          'procedure',
          text(
            'Asylverfahren und Aufenthalt',
            'Asylum procedure and residence',
            'إجراءات اللجوء والإقامة',
            'روند پناهندگی و اقامت',
            'İltica süreci ve oturum',
            'Процедура притулку та перебування',
          ),
        ),
        option('work', text('Arbeit und Beruf', 'Work and career', 'العمل والمهنة', 'کار و شغل', 'İş ve meslek', 'Робота і професія')),
        option('housing', text('Wohnen', 'Housing', 'السكن', 'مسکن', 'Konut', 'Житло')),
        option('health', text('Gesundheit', 'Health', 'الصحة', 'سلامت', 'Sağlık', 'Здоров’я')),
        option(
          'family',
          text(
            'Familie, Kita und Schule',
            'Family, day care and school',
            'العائلة والحضانة والمدرسة',
            'خانواده، مهدکودک و مدرسه',
            'Aile, kreş ve okul',
            'Сім’я, дитсадок і школа',
          ),
        ),
        option(
          'language',
          text(
            'Deutsch lernen',
            'Learning German',
            'تعلم اللغة الألمانية',
            'یادگیری زبان آلمانی',
            'Almanca öğrenmek',
            'Вивчення німецької мови',
          ),
        ),
        option(
          'everyday',
          text(
            'Alltag, Ämter und Anträge',
            'Everyday life, offices and applications',
            'الحياة اليومية والدوائر الرسمية والطلبات',
            'زندگی روزمره، ادارات و درخواست‌ها',
            'Günlük yaşam, resmi daireler ve başvurular',
            'Побут, установи та заяви',
          ),
        ),
      ],
    },
    {
      key: 'district',
      label: text(
        'In welchem Stadtteil wohnen Sie?',
        'Which part of town do you live in?',
        'في أي حي تسكن؟',
        'در کدام محله زندگی می‌کنید؟',
        'Hangi semtte oturuyorsunuz?',
        'У якому районі ви живете?',
      ),
      hint: text(
        'Für Menschen im Asylverfahren und mit Duldung ist in jedem Stadtteil eine eigene Beratungsstelle zuständig.',
        'For people in the asylum procedure and with a Duldung, each part of town has its own counselling centre.',
        'لكل حي مركز استشارة خاص بالأشخاص الذين هم في إجراءات اللجوء أو لديهم «دولدونغ».',
        'برای افرادی که در روند پناهندگی هستند یا «دولدونگ» دارند، هر محله مرکز مشاورهٔ خودش را دارد.',
        'İltica sürecindeki ve Duldung’u olan kişiler için her semtin kendi danışma merkezi vardır.',
        'Для людей у процедурі надання притулку та з Duldung у кожному районі є своя консультаційна служба.',
      ),
      options: [
        option(
          'mitte',
          text(
            'Innenstadt oder Altstadt',
            'Innenstadt or Altstadt',
            'Innenstadt أو Altstadt',
            'Innenstadt یا Altstadt',
            'Innenstadt veya Altstadt',
            'Innenstadt або Altstadt',
          ),
        ),
        option(
          'sued',
          text(
            'Südstadt oder Gartenstadt',
            'Südstadt or Gartenstadt',
            'Südstadt أو Gartenstadt',
            'Südstadt یا Gartenstadt',
            'Südstadt veya Gartenstadt',
            'Südstadt або Gartenstadt',
          ),
        ),
        option(
          'west',
          text(
            'Weststadt oder Lindenau-Nord',
            'Weststadt or Lindenau-Nord',
            'Weststadt أو Lindenau-Nord',
            'Weststadt یا Lindenau-Nord',
            'Weststadt veya Lindenau-Nord',
            'Weststadt або Lindenau-Nord',
          ),
        ),
        option(
          'kirchberg',
          text(
            'Kirchberg oder Eichwald',
            'Kirchberg or Eichwald',
            'Kirchberg أو Eichwald',
            'Kirchberg یا Eichwald',
            'Kirchberg veya Eichwald',
            'Kirchberg або Eichwald',
          ),
        ),
        option(
          'neustadt',
          text(
            'Neustadt, Am Hafen oder Brühl',
            'Neustadt, Am Hafen or Brühl',
            'Neustadt أو Am Hafen أو Brühl',
            'Neustadt، Am Hafen یا Brühl',
            'Neustadt, Am Hafen veya Brühl',
            'Neustadt, Am Hafen або Brühl',
          ),
        ),
        option(
          'ost',
          text(
            'Oststadt oder Feldmark',
            'Oststadt or Feldmark',
            'Oststadt أو Feldmark',
            'Oststadt یا Feldmark',
            'Oststadt veya Feldmark',
            'Oststadt або Feldmark',
          ),
        ),
      ],
    },
  ],
  outcomes: [
    {
      offer: 'flrat-asylverfahrensberatung',
      when: { status: [...restricted, 'unknown'], need: ['procedure'] },
      reason: text(
        'Hier bereiten Sie sich auf die Anhörung beim Bundesamt vor und lassen sich Ihren Bescheid erklären.',
        'Here you can prepare for your interview at the Federal Office and have your decision explained to you.',
        'هنا تستعد لجلسة الاستماع في المكتب الاتحادي ويُشرح لك القرار الذي وصلك.',
        'اینجا برای مصاحبه در ادارهٔ فدرال آماده می‌شوید و نامهٔ تصمیم را برایتان توضیح می‌دهند.',
        'Burada Federal Daire’deki mülakata hazırlanır ve size gelen kararın açıklanmasını sağlarsınız.',
        'Тут ви підготуєтеся до співбесіди у Федеральному відомстві, і вам пояснять отримане рішення.',
      ),
    },
    {
      offer: 'rlc-asylrecht',
      when: { status: restricted, need: ['procedure'] },
      reason: text(
        'Kostenlose Rechtsberatung, wenn Sie einen ablehnenden Bescheid bekommen haben oder eine Frist läuft.',
        'Free legal advice if you have received a rejection or a deadline is running.',
        'استشارة قانونية مجانية إذا وصلك قرار رفض أو كانت هناك مهلة سارية.',
        'مشاورهٔ حقوقی رایگان، اگر پاسخ رد دریافت کرده‌اید یا مهلتی در جریان است.',
        'Ret kararı aldıysanız veya bir süre işliyorsa ücretsiz hukuki danışmanlık.',
        'Безкоштовна юридична консультація, якщо ви отримали відмову або спливає строк.',
      ),
    },
    {
      offer: 'rueckkehr-perspektive',
      when: { status: ['tolerated'], need: ['procedure', 'work'] },
      reason: text(
        'Mit Duldung: Hier klären Sie, welche Wege zu einem sicheren Aufenthalt es für Sie gibt, etwa über Ausbildung oder Arbeit.',
        'With a Duldung: find out which routes to a secure residence status are open to you, for example through training or work.',
        'لمن لديه «دولدونغ»: هنا تعرف ما هي الطرق المتاحة لك للحصول على إقامة آمنة، مثلًا عن طريق التدريب المهني أو العمل.',
        'با «دولدونگ»: اینجا روشن می‌شود چه راه‌هایی برای اقامت مطمئن دارید، برای مثال از طریق آموزش حرفه‌ای یا کار.',
        'Duldung ile: Burada örneğin meslek eğitimi veya iş yoluyla güvenli bir oturuma hangi yolların açık olduğunu öğrenirsiniz.',
        'З Duldung: тут ви з’ясуєте, які шляхи до надійного статусу перебування вам доступні, наприклад через навчання чи роботу.',
      ),
    },
    { offer: 'dezentral-kirchberg-arbeit', when: { status: restricted, need: ['work'] }, reason: workWithRestrictedStatusReason },
    { offer: 'integration-point-beratung', when: { status: secure, need: ['work'] }, reason: integrationPointReason },
    {
      offer: 'iq-anerkennung',
      when: { need: ['work'] },
      reason: text(
        'Wenn Sie einen Berufs- oder Studienabschluss aus dem Ausland haben: Die Anerkennungsberatung sagt Ihnen, wer ihn prüft und welche Unterlagen Sie brauchen.',
        'If you have a vocational or university qualification from abroad: the recognition advice service tells you who assesses it and which documents you need.',
        'إذا كانت لديك شهادة مهنية أو جامعية من الخارج: تخبرك استشارة الاعتراف بالشهادات بالجهة التي تدرسها وبالوثائق التي تحتاج إليها.',
        'اگر مدرک حرفه‌ای یا دانشگاهی از خارج دارید: مشاورهٔ ارزشیابی مدارک به شما می‌گوید چه مرجعی آن را بررسی می‌کند و چه مدارکی لازم دارید.',
        'Yurt dışından bir meslek veya üniversite diplomanız varsa: Denklik danışmanlığı, diplomanızı kimin incelediğini ve hangi belgelere ihtiyacınız olduğunu söyler.',
        'Якщо у вас є професійна освіта або диплом про вищу освіту з-за кордону: консультація з визнання підкаже, хто його перевіряє і які документи потрібні.',
      ),
    },
    {
      offer: 'dezentral-mitte-gesundheit',
      when: { status: restricted, need: ['health'] },
      reason: text(
        'Krankenschein, Arztsuche und Impfungen: die Gesundheitssprechstunde für Menschen im Asylverfahren und mit Duldung.',
        'Health voucher, finding a doctor and vaccinations: the health consultation for people in the asylum procedure and with a Duldung.',
        'بطاقة العلاج والبحث عن طبيب والتطعيمات: استشارة صحية للأشخاص الذين هم في إجراءات اللجوء أو لديهم «دولدونغ».',
        'برگهٔ درمان، پیدا کردن پزشک و واکسیناسیون: مشاورهٔ سلامت برای افرادی که در روند پناهندگی هستند یا «دولدونگ» دارند.',
        'Tedavi belgesi, doktor bulma ve aşılar: İltica sürecindeki ve Duldung’u olan kişiler için sağlık danışma saati.',
        'Направлення на лікування, пошук лікаря та щеплення: консультація зі здоров’я для людей у процедурі притулку та з Duldung.',
      ),
    },
    {
      offer: 'asb-gesundheitslotsen',
      when: { status: secure, need: ['health'] },
      reason: text(
        'Gesundheitslotsinnen und -lotsen erklären Ihnen in Ihrer Sprache, wie Krankenkasse, Hausarztpraxis und Notdienst funktionieren.',
        'Health guides explain in your language how health insurance, family doctors and emergency services work.',
        'يشرح لك مرشدو الصحة بلغتك كيف يعمل التأمين الصحي وطبيب الأسرة وخدمة الطوارئ.',
        'راهنمایان سلامت به زبان خودتان توضیح می‌دهند بیمهٔ درمانی، پزشک خانواده و خدمات اورژانس چگونه کار می‌کنند.',
        'Sağlık rehberleri sağlık sigortasının, aile hekiminin ve acil servisin nasıl işlediğini size kendi dilinizde anlatır.',
        'Провідники у сфері здоров’я пояснять вашою мовою, як працюють медичне страхування, сімейний лікар і невідкладна допомога.',
      ),
    },
    {
      offer: 'psz-beratung',
      when: { need: ['health'] },
      reason: text(
        'Wenn Sie schlecht schlafen, oft Angst haben oder Erlebtes Sie belastet: Das Psychosoziale Zentrum berät vertraulich und mit Sprachmittlung.',
        'If you sleep badly, often feel afraid or are weighed down by what you have been through: the psychosocial centre offers confidential counselling with interpreters.',
        'إذا كنت تنام بصعوبة أو تشعر بالخوف كثيرًا أو تثقل عليك تجارب مررت بها: يقدم المركز النفسي الاجتماعي استشارة سرية بمساعدة مترجمين.',
        'اگر بد می‌خوابید، اغلب احساس ترس دارید یا تجربه‌هایتان شما را آزار می‌دهد: مرکز روانی-اجتماعی با کمک مترجم، مشاورهٔ محرمانه می‌دهد.',
        'Kötü uyuyorsanız, sık sık korku hissediyorsanız veya yaşadıklarınız size ağır geliyorsa: Psikososyal Merkez tercüman desteğiyle gizli danışmanlık sunar.',
        'Якщо ви погано спите, часто відчуваєте страх або вас гнітить пережите: психосоціальний центр консультує конфіденційно, з перекладачами.',
      ),
    },
    {
      offer: 'dezentral-sued-wohnen',
      when: { status: restricted, need: ['housing'] },
      reason: text(
        'Sprechstunde zur Wohnungssuche und zum Mietvertrag für Geflüchtete, die aus der Unterkunft ausziehen möchten.',
        'Consultation on finding a flat and on tenancy agreements for refugees who want to move out of shared accommodation.',
        'استشارة حول البحث عن شقة وعقد الإيجار للاجئين الذين يريدون الانتقال من السكن الجماعي.',
        'مشاوره برای پیدا کردن خانه و قرارداد اجاره، برای پناهجویانی که می‌خواهند از اقامتگاه جمعی نقل مکان کنند.',
        'Toplu konaklamadan taşınmak isteyen mülteciler için ev arama ve kira sözleşmesi danışma saati.',
        'Консультація з пошуку житла та договору оренди для біженців, які хочуть виїхати з гуртожитку.',
      ),
    },
    {
      offer: 'wohnungsamt-wbs',
      when: { status: secure, need: ['housing'] },
      reason: text(
        'Mit einem Wohnberechtigungsschein finden Sie leichter eine günstige Wohnung; hier beantragen Sie ihn und Wohngeld.',
        'With a housing entitlement certificate (Wohnberechtigungsschein) it is easier to find an affordable flat; apply for it and for housing benefit here.',
        'مع شهادة أحقية السكن «Wohnberechtigungsschein» يسهل عليك إيجاد شقة بسعر مناسب؛ هنا تقدم طلبها وطلب بدل السكن.',
        'با «گواهی حق مسکن» (Wohnberechtigungsschein) راحت‌تر خانهٔ ارزان پیدا می‌کنید؛ اینجا برای آن و برای کمک‌هزینهٔ مسکن درخواست می‌دهید.',
        'Konut hak belgesi (Wohnberechtigungsschein) ile uygun fiyatlı bir daire bulmak daha kolaydır; bunun ve kira yardımının başvurusunu burada yaparsınız.',
        'Із дозволом на соціальне житло (Wohnberechtigungsschein) легше знайти недороге житло; тут ви подаєте заяву на нього та на житлову допомогу.',
      ),
    },
    {
      offer: 'mieterverein-sprechstunde',
      when: { need: ['housing'] },
      reason: text(
        'Ärger mit Vermieter, Nebenkosten oder Kündigung? Die Mietrechtsberatung hilft – mit Sprachmittlung.',
        'Trouble with your landlord, service charges or a notice to quit? Tenancy law advice helps – with interpreters.',
        'مشكلة مع المؤجر أو مع التكاليف الإضافية أو إنذار بالإخلاء؟ تساعدك استشارة قانون الإيجار – بمساعدة مترجمين.',
        'مشکل با صاحبخانه، هزینه‌های جانبی یا فسخ قرارداد دارید؟ مشاورهٔ حقوق اجاره با کمک مترجم به شما کمک می‌کند.',
        'Ev sahibiyle, yan giderlerle veya fesih bildirimiyle sorun mu yaşıyorsunuz? Kira hukuku danışmanlığı tercüman desteğiyle yardımcı olur.',
        'Проблеми з орендодавцем, комунальними платежами чи розірванням договору? Допоможе консультація з орендного права — з перекладачами.',
      ),
    },
    {
      offer: 'bildungsbuero-schulberatung',
      when: { need: ['family'] },
      reason: text(
        'Welche Kita, welche Schule? Die Schulberatung für neu zugewanderte Familien hilft bei Anmeldung und Schulwahl.',
        'Which day care centre, which school? School advice for newly arrived families helps with registration and choosing a school.',
        'أي حضانة وأي مدرسة؟ تساعد الاستشارة المدرسية للعائلات القادمة حديثًا في التسجيل واختيار المدرسة.',
        'کدام مهدکودک، کدام مدرسه؟ مشاورهٔ مدرسه برای خانواده‌های تازه‌وارد در ثبت‌نام و انتخاب مدرسه کمک می‌کند.',
        'Hangi kreş, hangi okul? Yeni gelen aileler için okul danışmanlığı kayıt ve okul seçiminde yardımcı olur.',
        'Який дитсадок, яка школа? Шкільна консультація для новоприбулих сімей допоможе із записом і вибором школи.',
      ),
    },
    {
      offer: 'caritas-familienberatung',
      when: { need: ['family'] },
      reason: text(
        'Bei Sorgen in der Familie oder mit der Erziehung: vertrauliche Beratung für Eltern, Kinder und Jugendliche.',
        'When there are worries in the family or about bringing up children: confidential counselling for parents, children and young people.',
        'عند وجود مخاوف في العائلة أو في تربية الأطفال: استشارة سرية للآباء والأمهات والأطفال والشباب.',
        'وقتی در خانواده یا در تربیت فرزند نگرانی دارید: مشاورهٔ محرمانه برای والدین، کودکان و نوجوانان.',
        'Ailede veya çocuk yetiştirmede endişeleriniz olduğunda: ebeveynler, çocuklar ve gençler için gizli danışmanlık.',
        'Коли є турботи в сім’ї чи з вихованням: конфіденційна консультація для батьків, дітей і молоді.',
      ),
    },
    { offer: 'vhs-integrationskurs', when: { status: secure, need: ['language'] }, reason: integrationCourseReason },
    {
      offer: 'vhs-willkommenskurs',
      when: { status: restricted, need: ['language'] },
      reason: text(
        'Noch kein Anspruch auf einen Integrationskurs? Im Willkommenskurs lernen Sie trotzdem Deutsch, vom ersten Tag an.',
        'Not yet entitled to an integration course? You can still learn German in the welcome course from day one.',
        'ليس لديك بعد حق في دورة الاندماج؟ في دورة الترحيب تتعلم الألمانية مع ذلك منذ اليوم الأول.',
        'هنوز حق شرکت در دورهٔ ادغام را ندارید؟ در دورهٔ خوشامدگویی از همان روز اول آلمانی یاد می‌گیرید.',
        'Henüz uyum kursu hakkınız yok mu? Hoş geldin kursunda yine de ilk günden itibaren Almanca öğrenirsiniz.',
        'Ще не маєте права на інтеграційний курс? На вітальному курсі ви все одно вчите німецьку з першого дня.',
      ),
    },
    {
      offer: 'welcome-treff-sprachcafe',
      when: { need: ['language'] },
      reason: text(
        'Deutsch sprechen üben ohne Anmeldung, bei Kaffee und Tee, mit Ehrenamtlichen aus der Nachbarschaft.',
        'Practise speaking German without registering, over coffee and tea, with volunteers from the neighbourhood.',
        'تدرّب على التحدث بالألمانية دون تسجيل، مع القهوة والشاي، برفقة متطوعين من الحي.',
        'تمرین صحبت به آلمانی بدون ثبت‌نام، با قهوه و چای، همراه داوطلبانی از محله.',
        'Kayıt olmadan, kahve ve çay eşliğinde, mahalleden gönüllülerle Almanca konuşma pratiği yapın.',
        'Практикуйте розмовну німецьку без запису, за кавою та чаєм, із волонтерами з околиці.',
      ),
    },
    {
      offer: 'kalyna-beratung',
      when: { status: ['ukraine'] },
      reason: text(
        'Erstorientierung auf Ukrainisch und Russisch: Aufenthalt nach § 24, Jobcenter, Schule und Kita.',
        'First orientation in Ukrainian and Russian: residence under Section 24, the job centre, school and day care.',
        'توجيه أولي باللغتين الأوكرانية والروسية: الإقامة وفق المادة 24، ومركز العمل، والمدرسة والحضانة.',
        'راهنمایی نخستین به زبان‌های اوکراینی و روسی: اقامت طبق مادهٔ ۲۴، جاب‌سنتر، مدرسه و مهدکودک.',
        'Ukraynaca ve Rusça ilk yönlendirme: 24. madde kapsamında oturum, Jobcenter, okul ve kreş.',
        'Перша орієнтація українською та російською: перебування за § 24, Jobcenter, школа й дитсадок.',
      ),
    },
    {
      offer: 'caritas-soe-beratung',
      when: { status: ['eu'] },
      reason: text(
        'Sozialberatung für Zugewanderte aus der EU, besonders aus Rumänien und Bulgarien – auch auf Rumänisch und Bulgarisch.',
        'Social counselling for newcomers from the EU, especially from Romania and Bulgaria – also in Romanian and Bulgarian.',
        'استشارة اجتماعية للقادمين من دول الاتحاد الأوروبي، وخاصة من رومانيا وبلغاريا – باللغتين الرومانية والبلغارية أيضًا.',
        'مشاورهٔ اجتماعی برای تازه‌واردان از کشورهای اتحادیهٔ اروپا، به‌ویژه از رومانی و بلغارستان – به زبان‌های رومانیایی و بلغاری نیز.',
        'AB’den, özellikle Romanya ve Bulgaristan’dan gelenler için sosyal danışmanlık – Rumence ve Bulgarca da.',
        'Соціальна консультація для приїжджих з ЄС, особливо з Румунії та Болгарії, — також румунською та болгарською.',
      ),
    },
    { offer: 'beratung-dezentral-mitte', when: { status: restricted, district: ['mitte'] }, reason: districtCentreReason },
    { offer: 'beratung-dezentral-sued', when: { status: restricted, district: ['sued'] }, reason: districtCentreReason },
    { offer: 'beratung-dezentral-west', when: { status: restricted, district: ['west'] }, reason: districtCentreReason },
    { offer: 'beratung-dezentral-kirchberg', when: { status: restricted, district: ['kirchberg'] }, reason: districtCentreReason },
    { offer: 'beratung-dezentral-neustadt', when: { status: restricted, district: ['neustadt'] }, reason: districtCentreReason },
    { offer: 'beratung-dezentral-ost', when: { status: restricted, district: ['ost'] }, reason: districtCentreReason },
    {
      offer: 'mbe-caritas',
      when: { status: secure, need: ['procedure', 'everyday', 'family', 'housing'] },
      reason: text(
        'Die Migrationsberatung für Erwachsene begleitet Sie in den ersten Jahren bei allen Fragen: Aufenthalt, Sprache, Arbeit, Familie und Behörden.',
        'Migration counselling for adults supports you during your first years with every question: residence, language, work, family and the authorities.',
        'ترافقك استشارة الهجرة للبالغين في السنوات الأولى في جميع الأسئلة: الإقامة واللغة والعمل والعائلة والدوائر الرسمية.',
        'مشاورهٔ مهاجرت برای بزرگسالان در سال‌های نخست در همهٔ پرسش‌ها همراه شماست: اقامت، زبان، کار، خانواده و ادارات.',
        'Yetişkinler için göç danışmanlığı ilk yıllarınızda her konuda size eşlik eder: oturum, dil, iş, aile ve resmi daireler.',
        'Міграційна консультація для дорослих супроводжує вас у перші роки з усіх питань: перебування, мова, робота, сім’я та установи.',
      ),
    },
    {
      offer: 'mbe-awo',
      fallback: true,
      reason: text(
        'Keine Stelle passt genau? Die offene Sprechstunde der Migrationsberatung hört zu und sagt Ihnen, wer weiterhelfen kann – ohne Termin.',
        'No service fits exactly? The open consultation of the migration counselling service listens and tells you who can help – no appointment needed.',
        'لا توجد جهة تناسبك تمامًا؟ تستمع إليك الاستشارة المفتوحة لخدمة استشارة الهجرة وتخبرك بمن يمكنه مساعدتك – دون موعد.',
        'هیچ مرکزی دقیقاً مناسب نیست؟ ساعت مشاورهٔ آزادِ مشاورهٔ مهاجرت به حرف شما گوش می‌دهد و می‌گوید چه کسی می‌تواند کمک کند – بدون وقت قبلی.',
        'Tam olarak uyan bir yer yok mu? Göç danışmanlığının açık danışma saati sizi dinler ve kimin yardımcı olabileceğini söyler – randevusuz.',
        'Жодна служба не підходить точно? Відкриті консультаційні години міграційної консультації вислухають вас і підкажуть, хто може допомогти, — без запису.',
      ),
    },
  ],
};

// ---------------------------------------------------------------------------
// 2. Young people from 12 to 27 (youth migration services)
// ---------------------------------------------------------------------------

const youth: PathSeed = {
  title: text(
    'Beratung für junge Menschen von 12 bis 27',
    'Counselling for young people aged 12 to 27',
    'استشارة للشباب من عمر 12 إلى 27 سنة',
    'مشاوره برای جوانان ۱۲ تا ۲۷ ساله',
    '12-27 yaş arası gençler için danışmanlık',
    'Консультації для молоді від 12 до 27 років',
  ),
  intro: text(
    'Du bist zwischen 12 und 27 Jahre alt und neu in Lindenau? Beantworte drei Fragen, dann zeigen wir dir, wer dich bei Schule, Ausbildung und Studium unterstützt. Die Jugendmigrationsdienste beraten kostenlos, egal welchen Aufenthaltsstatus du hast.',
    'You are between 12 and 27 and new in Lindenau? Answer three questions and we will show you who can support you with school, training and studies. The youth migration services advise you free of charge, whatever your residence status.',
    'عمرك بين 12 و27 سنة وأنت جديد في ليندناو؟ أجب عن ثلاثة أسئلة وسنريك من يدعمك في المدرسة والتدريب المهني والدراسة. تقدم خدمات هجرة الشباب الاستشارة مجانًا، مهما كان وضع إقامتك.',
    'بین ۱۲ تا ۲۷ سال داری و تازه به لیندناو آمده‌ای؟ به سه پرسش پاسخ بده تا نشانت دهیم چه کسی در مدرسه، آموزش حرفه‌ای و تحصیل از تو پشتیبانی می‌کند. خدمات مهاجرت جوانان رایگان مشاوره می‌دهند، وضعیت اقامتت هر چه باشد.',
    '12 ile 27 yaş arasındasın ve Lindenau’da yeni misin? Üç soruyu yanıtla, sana okul, meslek eğitimi ve üniversite konusunda kimin destek olduğunu gösterelim. Gençlik Göç Servisleri, oturum durumun ne olursa olsun ücretsiz danışmanlık yapar.',
    'Тобі від 12 до 27 років і ти щойно в Лінденау? Дай відповідь на три запитання — і ми покажемо, хто підтримає тебе в школі, професійному навчанні та навчанні в університеті. Молодіжні міграційні служби консультують безкоштовно, незалежно від твого статусу перебування.',
  ),
  questions: [
    {
      key: 'age',
      label: text('Wie alt bist du?', 'How old are you?', 'كم عمرك؟', 'چند سال داری؟', 'Kaç yaşındasın?', 'Скільки тобі років?'),
      options: [
        option('teen', text('12 bis 17 Jahre', '12 to 17 years', 'من 12 إلى 17 سنة', '۱۲ تا ۱۷ سال', '12-17 yaş', '12–17 років')),
        option('young-adult', text('18 bis 27 Jahre', '18 to 27 years', 'من 18 إلى 27 سنة', '۱۸ تا ۲۷ سال', '18-27 yaş', '18–27 років')),
      ],
    },
    {
      key: 'situation',
      label: text(
        'Worum geht es dir gerade?',
        'What is on your mind right now?',
        'ما الذي يهمك الآن؟',
        'الان موضوع اصلی‌ات چیست؟',
        'Şu anda seni en çok ne ilgilendiriyor?',
        'Що для тебе зараз головне?',
      ),
      options: [
        option(
          'school',
          text(
            'Ich gehe zur Schule und brauche Hilfe beim Lernen',
            'I go to school and need help with learning',
            'أذهب إلى المدرسة وأحتاج إلى مساعدة في التعلم',
            'به مدرسه می‌روم و در درس خواندن به کمک نیاز دارم',
            'Okula gidiyorum ve ders çalışmada yardıma ihtiyacım var',
            'Я ходжу до школи і потребую допомоги з навчанням',
          ),
        ),
        option(
          'no-school',
          text(
            'Ich suche eine Schule oder möchte einen Schulabschluss machen',
            'I am looking for a school or want to get a school-leaving certificate',
            'أبحث عن مدرسة أو أريد الحصول على شهادة مدرسية',
            'دنبال مدرسه می‌گردم یا می‌خواهم مدرک مدرسه بگیرم',
            'Okul arıyorum veya okul diploması almak istiyorum',
            'Я шукаю школу або хочу отримати шкільний атестат',
          ),
        ),
        option(
          'training',
          text(
            'Ich suche eine Ausbildung oder Arbeit',
            'I am looking for vocational training or work',
            'أبحث عن تدريب مهني أو عمل',
            'دنبال آموزش حرفه‌ای یا کار هستم',
            'Meslek eğitimi veya iş arıyorum',
            'Я шукаю професійне навчання або роботу',
          ),
        ),
        option(
          'studies',
          text(
            'Ich möchte studieren',
            'I want to go to university',
            'أريد أن أدرس في الجامعة',
            'می‌خواهم در دانشگاه تحصیل کنم',
            'Üniversitede okumak istiyorum',
            'Я хочу навчатися в університеті',
          ),
        ),
        option(
          'german',
          text(
            'Ich möchte Deutsch lernen',
            'I want to learn German',
            'أريد أن أتعلم الألمانية',
            'می‌خواهم آلمانی یاد بگیرم',
            'Almanca öğrenmek istiyorum',
            'Я хочу вивчати німецьку',
          ),
        ),
      ],
    },
    {
      key: 'district',
      label: text('Wo wohnst du?', 'Where do you live?', 'أين تسكن؟', 'کجا زندگی می‌کنی؟', 'Nerede oturuyorsun?', 'Де ти живеш?'),
      hint: text(
        'Der Jugendmigrationsdienst hat zwei Büros; wir zeigen dir das nächste.',
        'The youth migration service has two offices; we will show you the nearest one.',
        'لخدمة هجرة الشباب مكتبان؛ سنريك الأقرب إليك.',
        'خدمات مهاجرت جوانان دو دفتر دارد؛ نزدیک‌ترین را نشانت می‌دهیم.',
        'Gençlik Göç Servisi’nin iki bürosu var; sana en yakınını gösteriyoruz.',
        'Молодіжна міграційна служба має два офіси; ми покажемо найближчий.',
      ),
      options: [
        option(
          'nord',
          text(
            'In Lindenau-Nord oder der Weststadt',
            'In Lindenau-Nord or Weststadt',
            'في Lindenau-Nord أو Weststadt',
            'در Lindenau-Nord یا Weststadt',
            'Lindenau-Nord’da veya Weststadt’ta',
            'У Lindenau-Nord або Weststadt',
          ),
        ),
        option(
          'elsewhere',
          text(
            'In einem anderen Stadtteil',
            'In another part of town',
            'في حي آخر',
            'در محلهٔ دیگری',
            'Başka bir semtte',
            'В іншому районі',
          ),
        ),
      ],
    },
  ],
  outcomes: [
    {
      offer: 'jmd-ib-hausaufgaben',
      when: { age: ['teen'], situation: ['school'] },
      reason: text(
        'Hausaufgaben- und Lernhilfe im Jugendtreff: Hier lernst du mit anderen und bekommst Hilfe, wenn du etwas nicht verstehst.',
        'Homework and study help at the youth club: learn with others and get help when something is unclear.',
        'مساعدة في الواجبات المدرسية والتعلم في نادي الشباب: هنا تتعلم مع آخرين وتحصل على مساعدة عندما لا تفهم شيئًا.',
        'کمک در تکالیف و درس در باشگاه جوانان: اینجا با دیگران درس می‌خوانی و هر جا چیزی را نفهمیدی کمک می‌گیری.',
        'Gençlik kulübünde ödev ve ders desteği: Burada başkalarıyla birlikte öğrenir, anlamadığın bir şey olduğunda yardım alırsın.',
        'Допомога з домашніми завданнями та навчанням у молодіжному клубі: тут ти вчишся разом з іншими й отримуєш допомогу, коли щось незрозуміло.',
      ),
    },
    {
      offer: 'gesamtschule-lernzeit',
      when: { situation: ['school'] },
      reason: text(
        'Offene Lernzeit am Nachmittag mit Deutschförderung – ohne Anmeldung.',
        'Open study time in the afternoon with extra German support – no registration needed.',
        'وقت تعلم مفتوح بعد الظهر مع دعم في اللغة الألمانية – دون تسجيل.',
        'زمان آزاد برای درس خواندن در بعدازظهر همراه با تقویت زبان آلمانی – بدون ثبت‌نام.',
        'Öğleden sonra Almanca desteğiyle açık ders saati – kayıt gerekmez.',
        'Відкритий час для навчання після обіду з підтримкою з німецької — без запису.',
      ),
    },
    {
      offer: 'schulamt-seiteneinstieg',
      when: { age: ['teen'], situation: ['no-school', 'german'] },
      reason: text(
        'In den Sprachlernklassen lernst du zuerst Deutsch und wechselst dann Schritt für Schritt in eine normale Klasse.',
        'In the language learning classes you learn German first and then move step by step into a regular class.',
        'في صفوف تعلم اللغة تتعلم الألمانية أولًا ثم تنتقل خطوة بخطوة إلى صف عادي.',
        'در کلاس‌های یادگیری زبان اول آلمانی یاد می‌گیری و بعد قدم به قدم به یک کلاس معمولی می‌روی.',
        'Dil öğrenme sınıflarında önce Almanca öğrenir, sonra adım adım normal bir sınıfa geçersin.',
        'У мовних класах ти спочатку вивчаєш німецьку, а потім крок за кроком переходиш у звичайний клас.',
      ),
    },
    {
      offer: 'bbs-sprachklasse',
      when: { age: ['young-adult'], situation: ['no-school'] },
      reason: text(
        'Im Berufsvorbereitungsjahr Sprache lernst du Deutsch und kannst den Hauptschulabschluss machen.',
        'In the pre-vocational language year you learn German and can gain a basic school-leaving certificate (Hauptschulabschluss).',
        'في سنة التحضير المهني للغة تتعلم الألمانية ويمكنك الحصول على شهادة المدرسة الأساسية «Hauptschulabschluss».',
        'در سال آمادگی حرفه‌ای زبان، آلمانی یاد می‌گیری و می‌توانی مدرک پایه (Hauptschulabschluss) بگیری.',
        'Dil odaklı mesleğe hazırlık yılında Almanca öğrenir ve Hauptschule diploması alabilirsin.',
        'У підготовчому мовному році ти вивчаєш німецьку й можеш отримати базовий шкільний атестат (Hauptschulabschluss).',
      ),
    },
    {
      offer: 'kolleg-abendgymnasium',
      when: { age: ['young-adult'], situation: ['no-school'] },
      reason: text(
        'Am Abendgymnasium holst du neben der Arbeit den Realschulabschluss oder das Abitur nach.',
        'At the evening grammar school you can catch up on an intermediate school certificate or the Abitur alongside work.',
        'في المدرسة الثانوية المسائية تحصل، إلى جانب العمل، على الشهادة المتوسطة أو شهادة الثانوية العامة «Abitur».',
        'در دبیرستان شبانه، در کنار کار، مدرک متوسطه یا دیپلم کامل (Abitur) را می‌گیری.',
        'Akşam lisesinde çalışırken ortaokul diplomasını veya Abitur’u sonradan alabilirsin.',
        'У вечірній гімназії ти паралельно з роботою можеш здобути атестат середньої школи або Abitur.',
      ),
    },
    {
      offer: 'jmd-diakonie-bewerbung',
      when: { situation: ['training'] },
      reason: text(
        'Im Bewerbungstraining schreibst du deinen Lebenslauf und übst Vorstellungsgespräche.',
        'In the application training you write your CV and practise job interviews.',
        'في تدريب طلبات التوظيف تكتب سيرتك الذاتية وتتدرب على مقابلات العمل.',
        'در کارگاه آمادگی برای درخواست کار، رزومه‌ات را می‌نویسی و مصاحبهٔ کاری را تمرین می‌کنی.',
        'Başvuru eğitiminde özgeçmişini yazar ve iş görüşmesi pratiği yaparsın.',
        'На тренінгу з працевлаштування ти складеш резюме й потренуєшся до співбесід.',
      ),
    },
    {
      offer: 'lernwerkstatt-berufsvorbereitung',
      when: { age: ['young-adult'], situation: ['training'] },
      reason: text(
        'Berufsvorbereitung mit Deutschunterricht: Du lernst verschiedene Berufe kennen und findest heraus, was zu dir passt.',
        'Pre-vocational training with German lessons: get to know different jobs and find out what suits you.',
        'تحضير مهني مع دروس في الألمانية: تتعرف على مهن مختلفة وتكتشف ما يناسبك.',
        'آمادگی حرفه‌ای همراه با کلاس آلمانی: با شغل‌های مختلف آشنا می‌شوی و می‌فهمی چه چیزی به تو می‌خورد.',
        'Almanca dersli mesleğe hazırlık: Farklı meslekleri tanır ve sana neyin uygun olduğunu keşfedersin.',
        'Професійна підготовка з уроками німецької: ти знайомишся з різними професіями й з’ясовуєш, що тобі підходить.',
      ),
    },
    {
      offer: 'produktionsschule',
      when: { situation: ['training'] },
      reason: text(
        'In der Produktionsschule arbeitest du in echten Werkstätten und bereitest dich auf eine Ausbildung vor.',
        'At the production school you work in real workshops and prepare for vocational training.',
        'في مدرسة الإنتاج تعمل في ورش حقيقية وتستعد للتدريب المهني.',
        'در مدرسهٔ تولید در کارگاه‌های واقعی کار می‌کنی و برای آموزش حرفه‌ای آماده می‌شوی.',
        'Üretim okulunda gerçek atölyelerde çalışır ve meslek eğitimine hazırlanırsın.',
        'У виробничій школі ти працюєш у справжніх майстернях і готуєшся до професійного навчання.',
      ),
    },
    {
      offer: 'hs-studienvorbereitung',
      when: { age: ['young-adult'], situation: ['studies'] },
      reason: text(
        'Die Studienvorbereitung hilft dir mit Deutschkursen und bei der Bewerbung an der Hochschule.',
        'University preparation helps you with German courses and with applying to university.',
        'يساعدك التحضير للدراسة بدورات في اللغة الألمانية وفي التقديم إلى الجامعة.',
        'دورهٔ آمادگی تحصیل با کلاس‌های آلمانی و در درخواست پذیرش از دانشگاه به تو کمک می‌کند.',
        'Üniversiteye hazırlık programı Almanca kurslarıyla ve üniversite başvurusunda sana yardımcı olur.',
        'Підготовка до навчання допоможе тобі мовними курсами та зі вступом до університету.',
      ),
    },
    {
      offer: 'vhs-jugendintegrationskurs',
      when: { age: ['young-adult'], situation: ['german'] },
      reason: text(
        'Der Jugendintegrationskurs ist ein Deutschkurs nur für junge Erwachsene bis 27 – mit mehr Stunden und Projekten.',
        'The youth integration course is a German course just for young adults up to 27 – with more lessons and projects.',
        'دورة الاندماج للشباب هي دورة ألمانية للشباب حتى سن 27 فقط – بساعات أكثر ومشاريع.',
        'دورهٔ ادغام جوانان یک دورهٔ آلمانی فقط برای جوانان تا ۲۷ سال است – با ساعت‌های بیشتر و پروژه.',
        'Gençlik uyum kursu yalnızca 27 yaşına kadar genç yetişkinler için bir Almanca kursudur – daha fazla ders saati ve projelerle.',
        'Молодіжний інтеграційний курс — це курс німецької лише для молоді до 27 років, з більшою кількістю годин і проєктами.',
      ),
    },
    { offer: 'jmd-ib', when: { district: ['nord'] }, reason: youthServiceReason },
    { offer: 'jmd-diakonie', when: { district: ['elsewhere'] }, reason: youthServiceReason },
    { offer: 'jmd-diakonie', fallback: true, reason: youthServiceReason },
  ],
};

// ---------------------------------------------------------------------------
// 3. Work and the recognition of qualifications
// ---------------------------------------------------------------------------

const work: PathSeed = {
  title: text(
    'Arbeit und Anerkennung: Wer hilft mir beim Berufseinstieg?',
    'Work and recognition: who can help me get into work?',
    'العمل والاعتراف بالشهادات: من يساعدني في دخول سوق العمل؟',
    'کار و ارزشیابی مدارک: چه کسی در ورود به بازار کار به من کمک می‌کند؟',
    'İş ve denklik: İşe başlarken bana kim yardım eder?',
    'Робота та визнання кваліфікацій: хто допоможе мені почати працювати?',
  ),
  intro: text(
    'Sie möchten in Lindenau arbeiten oder Ihren ausländischen Abschluss anerkennen lassen? Drei Fragen zu Abschluss, Situation und Deutschkenntnissen zeigen Ihnen die passenden Beratungsstellen, Kurse und Betriebe.',
    'Would you like to work in Lindenau or have your foreign qualification recognised? Three questions about your qualification, your situation and your German show you the right advice services, courses and employers.',
    'هل تريد العمل في ليندناو أو الاعتراف بشهادتك الأجنبية؟ ثلاثة أسئلة عن شهادتك ووضعك ومستوى لغتك الألمانية تريك مراكز الاستشارة والدورات وأماكن العمل المناسبة.',
    'می‌خواهید در لیندناو کار کنید یا مدرک خارجی‌تان را ارزشیابی کنید؟ سه پرسش دربارهٔ مدرک، وضعیت و سطح آلمانی‌تان، مراکز مشاوره، دوره‌ها و کارفرمایان مناسب را به شما نشان می‌دهد.',
    'Lindenau’da çalışmak veya yurt dışındaki diplomanızı tanıtmak mı istiyorsunuz? Diplomanız, durumunuz ve Almancanız hakkında üç soru size uygun danışma merkezlerini, kursları ve işletmeleri gösterir.',
    'Хочете працювати в Лінденау або визнати свій іноземний диплом? Три запитання про вашу освіту, ситуацію та знання німецької покажуть вам відповідні консультації, курси й підприємства.',
  ),
  questions: [
    {
      key: 'qualification',
      label: text(
        'Haben Sie einen Berufs- oder Studienabschluss aus dem Ausland?',
        'Do you have a vocational or university qualification from abroad?',
        'هل لديك شهادة مهنية أو جامعية من الخارج؟',
        'آیا مدرک حرفه‌ای یا دانشگاهی از خارج دارید؟',
        'Yurt dışından bir meslek veya üniversite diplomanız var mı?',
        'Чи маєте ви професійну освіту або диплом про вищу освіту з-за кордону?',
      ),
      hint: text(
        'In reglementierten Berufen dürfen Sie in Deutschland erst nach der Anerkennung arbeiten, zum Beispiel in Pflege, Medizin, Lehramt oder als Erzieherin und Erzieher.',
        'You may only work in regulated professions in Germany once your qualification is recognised, for example in nursing, medicine, teaching or as an early years educator.',
        'لا يُسمح لك بممارسة المهن المنظمة في ألمانيا إلا بعد الاعتراف بشهادتك، مثل التمريض والطب والتدريس أو العمل مربيًا في الحضانة.',
        'در آلمان فقط پس از ارزشیابی مدرک اجازه دارید در مشاغل قانون‌مند کار کنید، مثلاً در پرستاری، پزشکی، معلمی یا مربی مهدکودک.',
        'Düzenlenmiş mesleklerde Almanya’da ancak denklik aldıktan sonra çalışabilirsiniz; örneğin hemşirelik, tıp, öğretmenlik veya okul öncesi eğitimcilik.',
        'У регульованих професіях у Німеччині можна працювати лише після визнання кваліфікації, наприклад у догляді, медицині, викладанні чи вихованні дітей.',
      ),
      options: [
        option(
          'regulated',
          text(
            'Ja, in einem reglementierten Beruf (z. B. Pflege, Medizin, Lehramt)',
            'Yes, in a regulated profession (e.g. nursing, medicine, teaching)',
            'نعم، في مهنة منظمة (مثل التمريض أو الطب أو التدريس)',
            'بله، در یک شغل قانون‌مند (مثلاً پرستاری، پزشکی، معلمی)',
            'Evet, düzenlenmiş bir meslekte (ör. hemşirelik, tıp, öğretmenlik)',
            'Так, у регульованій професії (наприклад, догляд, медицина, викладання)',
          ),
        ),
        option(
          'craft',
          text(
            'Ja, in einem Handwerksberuf',
            'Yes, in a skilled trade',
            'نعم، في مهنة حرفية',
            'بله، در یک شغل فنی و صنعتگری',
            'Evet, bir zanaat mesleğinde',
            'Так, у ремісничій професії',
          ),
        ),
        option(
          'trade',
          text(
            'Ja, in einem anderen Ausbildungsberuf (Industrie, Handel, Dienstleistung)',
            'Yes, in another vocational occupation (industry, commerce, services)',
            'نعم، في مهنة أخرى تتطلب تدريبًا مهنيًا (الصناعة أو التجارة أو الخدمات)',
            'بله، در شغل دیگری با آموزش حرفه‌ای (صنعت، بازرگانی، خدمات)',
            'Evet, başka bir meslekte (sanayi, ticaret, hizmet)',
            'Так, в іншій професії з професійною освітою (промисловість, торгівля, послуги)',
          ),
        ),
        option(
          'academic',
          text(
            'Ja, einen Studienabschluss',
            'Yes, a university degree',
            'نعم، شهادة جامعية',
            'بله، مدرک دانشگاهی',
            'Evet, üniversite diplomam var',
            'Так, диплом про вищу освіту',
          ),
        ),
        option(
          'none',
          text(
            'Nein, ich habe keinen Abschluss',
            'No, I have no qualification',
            'لا، ليس لدي أي شهادة',
            'نه، مدرکی ندارم',
            'Hayır, diplomam yok',
            'Ні, у мене немає диплома',
          ),
        ),
      ],
    },
    {
      key: 'situation',
      label: text(
        'Was beschreibt Ihre Situation am besten?',
        'What best describes your situation?',
        'ما الذي يصف وضعك بشكل أفضل؟',
        'کدام گزینه وضعیت شما را بهتر توصیف می‌کند؟',
        'Durumunuzu en iyi ne anlatıyor?',
        'Що найкраще описує вашу ситуацію?',
      ),
      options: [
        option(
          'jobcenter',
          text(
            'Ich bekomme Bürgergeld vom Jobcenter',
            'I receive Bürgergeld (citizen’s benefit) from the job centre',
            'أحصل على «Bürgergeld» من مركز العمل',
            'از جاب‌سنتر «بورگرگلد» (Bürgergeld) می‌گیرم',
            'Jobcenter’dan Bürgergeld alıyorum',
            'Я отримую Bürgergeld від Jobcenter',
          ),
        ),
        option(
          'searching',
          text(
            'Ich suche Arbeit und bekomme kein Bürgergeld',
            'I am looking for work and do not receive Bürgergeld',
            'أبحث عن عمل ولا أحصل على «Bürgergeld»',
            'دنبال کار هستم و بورگرگلد نمی‌گیرم',
            'İş arıyorum ve Bürgergeld almıyorum',
            'Я шукаю роботу й не отримую Bürgergeld',
          ),
        ),
        option(
          'employed',
          text(
            'Ich arbeite schon und möchte weiterkommen',
            'I already work and want to progress',
            'أعمل حاليًا وأريد أن أتقدم',
            'الان کار می‌کنم و می‌خواهم پیشرفت کنم',
            'Zaten çalışıyorum ve ilerlemek istiyorum',
            'Я вже працюю і хочу розвиватися',
          ),
        ),
        option(
          'restricted',
          text(
            'Ich habe eine Aufenthaltsgestattung oder Duldung',
            'I have an Aufenthaltsgestattung or a Duldung',
            'لدي «Aufenthaltsgestattung» أو «دولدونغ»',
            'Aufenthaltsgestattung یا «دولدونگ» دارم',
            'Aufenthaltsgestattung’um veya Duldung’um var',
            'У мене Aufenthaltsgestattung або Duldung',
          ),
        ),
      ],
    },
    {
      key: 'german',
      label: text(
        'Wie gut sprechen Sie Deutsch?',
        'How good is your German?',
        'ما مستوى لغتك الألمانية؟',
        'آلمانی‌تان چقدر خوب است؟',
        'Almancanız ne kadar iyi?',
        'Наскільки добре ви розмовляєте німецькою?',
      ),
      options: [
        option(
          'beginner',
          text(
            'Noch wenig (bis A2)',
            'A little so far (up to A2)',
            'قليلًا حتى الآن (حتى A2)',
            'هنوز کم (تا A2)',
            'Henüz az (A2’ye kadar)',
            'Поки що мало (до A2)',
          ),
        ),
        option(
          'intermediate',
          text(
            'Im Alltag komme ich zurecht (B1)',
            'I can manage in everyday life (B1)',
            'أتدبر أموري في الحياة اليومية (B1)',
            'در زندگی روزمره از پسش برمی‌آیم (B1)',
            'Günlük hayatta idare ediyorum (B1)',
            'У повсякденному житті я даю собі раду (B1)',
          ),
        ),
        option(
          'advanced',
          text(
            'Gut, auch im Beruf (B2 oder besser)',
            'Well, at work too (B2 or better)',
            'جيدًا، في العمل أيضًا (B2 أو أفضل)',
            'خوب، در محیط کار هم (B2 یا بهتر)',
            'İyi, iş hayatında da (B2 veya üstü)',
            'Добре, і на роботі теж (B2 або краще)',
          ),
        ),
      ],
    },
  ],
  outcomes: [
    { offer: 'iq-anerkennung', when: { qualification: ['regulated', 'craft', 'trade', 'academic'] }, reason: recognitionReason },
    {
      offer: 'anerkennungsstelle-verfahren',
      when: { qualification: ['regulated'] },
      reason: text(
        'Für reglementierte Berufe stellen Sie hier den Antrag auf Anerkennung; erst danach dürfen Sie im Beruf arbeiten.',
        'For regulated professions you apply for recognition here; only then may you work in your profession.',
        'للمهن المنظمة تقدم هنا طلب الاعتراف، ولا يُسمح لك بالعمل في مهنتك إلا بعد ذلك.',
        'برای مشاغل قانون‌مند درخواست ارزشیابی را اینجا ثبت می‌کنید؛ فقط پس از آن اجازهٔ کار در حرفهٔ خود را دارید.',
        'Düzenlenmiş meslekler için denklik başvurusunu burada yaparsınız; mesleğinizde ancak bundan sonra çalışabilirsiniz.',
        'Для регульованих професій заяву на визнання подають тут; лише після цього можна працювати за фахом.',
      ),
    },
    {
      offer: 'iq-anpassungsqualifizierung',
      when: { qualification: ['regulated'] },
      reason: text(
        'Fehlt für die volle Anerkennung in Pflege oder Gesundheit noch etwas, schließen Sie die Lücke in der Anpassungsqualifizierung.',
        'If something is still missing for full recognition in nursing or health care, close the gap with an adaptation course.',
        'إذا كان لا يزال ينقصك شيء للاعتراف الكامل في التمريض أو المهن الصحية، فإنك تسد هذه الفجوة في دورة التأهيل التكميلي.',
        'اگر برای ارزشیابی کامل در پرستاری یا مشاغل بهداشتی هنوز چیزی کم است، آن را در دورهٔ تکمیلی جبران می‌کنید.',
        'Hemşirelik veya sağlık alanında tam denklik için hâlâ bir eksik varsa, bu açığı uyum yeterlilik programında kapatırsınız.',
        'Якщо для повного визнання в догляді чи медицині ще чогось бракує, ви надолужите це на курсі адаптаційної кваліфікації.',
      ),
    },
    {
      offer: 'deutsch-akademie-pflege',
      when: { qualification: ['regulated'], german: ['intermediate', 'advanced'] },
      reason: text(
        'Für Pflegekräfte: Deutsch für Station, Übergabe und Dokumentation, als Vorbereitung auf die Anerkennung.',
        'For nurses and care workers: German for the ward, handovers and documentation, as preparation for recognition.',
        'للعاملين في التمريض: الألمانية للعمل في القسم وتسليم المناوبة والتوثيق، تحضيرًا للاعتراف بالشهادة.',
        'برای کادر پرستاری: آلمانی برای بخش بیمارستان، تحویل شیفت و مستندسازی، به‌عنوان آمادگی برای ارزشیابی مدرک.',
        'Bakım personeli için: Servis, nöbet devri ve dokümantasyon için Almanca, denkliğe hazırlık olarak.',
        'Для працівників догляду: німецька для роботи у відділенні, передачі зміни та документації — як підготовка до визнання.',
      ),
    },
    {
      offer: 'hwk-anerkennung',
      when: { qualification: ['craft'] },
      reason: text(
        'Die Handwerkskammer prüft Abschlüsse in Handwerksberufen und berät zu Ausbildung und Meisterprüfung.',
        'The chamber of crafts assesses qualifications in skilled trades and advises on training and the master craftsman examination.',
        'تدرس غرفة الحرف الشهادات في المهن الحرفية وتقدم الاستشارة حول التدريب المهني وامتحان الأستاذية الحرفية «Meister».',
        'اتاق اصناف (Handwerkskammer) مدارک مشاغل صنعتگری را بررسی می‌کند و دربارهٔ آموزش حرفه‌ای و آزمون استادکاری مشاوره می‌دهد.',
        'Zanaat Odası zanaat mesleklerindeki diplomaları inceler, meslek eğitimi ve ustalık sınavı hakkında danışmanlık yapar.',
        'Ремісницька палата перевіряє дипломи з ремісничих професій і консультує щодо навчання та іспиту на майстра.',
      ),
    },
    {
      offer: 'ihk-anerkennung',
      when: { qualification: ['trade'] },
      reason: text(
        'Die IHK berät zur Anerkennung von Abschlüssen in kaufmännischen und technischen Berufen und hilft beim Antrag.',
        'The chamber of commerce advises on the recognition of qualifications in commercial and technical occupations and helps you apply.',
        'تقدم غرفة الصناعة والتجارة الاستشارة حول الاعتراف بالشهادات في المهن التجارية والتقنية وتساعدك في تقديم الطلب.',
        'اتاق بازرگانی دربارهٔ ارزشیابی مدارک مشاغل بازرگانی و فنی مشاوره می‌دهد و در ثبت درخواست کمک می‌کند.',
        'Sanayi ve Ticaret Odası ticari ve teknik mesleklerdeki diplomaların denkliği konusunda danışmanlık yapar ve başvuruda yardımcı olur.',
        'Торгово-промислова палата консультує щодо визнання дипломів у комерційних і технічних професіях і допомагає із заявою.',
      ),
    },
    {
      offer: 'akademikerinnen-netzwerk',
      when: { qualification: ['academic'] },
      reason: text(
        'Im Netzwerk treffen Sie andere geflüchtete Akademikerinnen und Akademiker und finden eine Mentorin oder einen Mentor aus Ihrem Fach.',
        'In the network you meet other refugee academics and find a mentor from your field.',
        'في الشبكة تلتقي بأكاديميين آخرين من اللاجئين وتجد مرشدًا أو مرشدة من مجال تخصصك.',
        'در این شبکه با دیگر دانش‌آموختگان پناهجو آشنا می‌شوید و یک مربی از رشتهٔ خودتان پیدا می‌کنید.',
        'Ağda diğer mülteci akademisyenlerle tanışır ve kendi alanınızdan bir mentor bulursunuz.',
        'У мережі ви знайомитеся з іншими фахівцями з вищою освітою, які мають досвід біженства, і знаходите наставника зі своєї галузі.',
      ),
    },
    {
      offer: 'jobcenter-gefluechtete',
      when: { situation: ['jobcenter'] },
      reason: text(
        'Ihr Team im Jobcenter: Es plant mit Ihnen Sprachkurs, Anerkennung und Arbeitssuche und übernimmt oft die Kosten.',
        'Your team at the job centre: it plans language courses, recognition and your job search with you, and often covers the costs.',
        'فريقك في مركز العمل: يخطط معك لدورة اللغة والاعتراف بالشهادة والبحث عن عمل، وغالبًا ما يتحمل التكاليف.',
        'تیم شما در جاب‌سنتر: با شما دورهٔ زبان، ارزشیابی مدرک و کاریابی را برنامه‌ریزی می‌کند و اغلب هزینه‌ها را می‌پردازد.',
        'Jobcenter’daki ekibiniz: Dil kursunu, denkliği ve iş aramayı sizinle planlar ve masrafları çoğu zaman karşılar.',
        'Ваша команда в Jobcenter: разом із вами планує мовний курс, визнання диплома й пошук роботи та часто покриває витрати.',
      ),
    },
    {
      offer: 'arbeitsagentur-berufsberatung',
      when: { situation: ['searching'] },
      reason: text(
        'Die Berufsberatung der Arbeitsagentur hilft bei Stellensuche, Weiterbildung und Förderung – auch ohne Bürgergeld.',
        'The employment agency’s career guidance helps with finding a job, further training and funding – even without Bürgergeld.',
        'تساعدك الاستشارة المهنية في وكالة العمل في البحث عن وظيفة وفي التدريب المستمر والدعم المالي – حتى دون «Bürgergeld».',
        'مشاورهٔ شغلی ادارهٔ کار در کاریابی، آموزش تکمیلی و کمک‌های مالی کمک می‌کند – حتی بدون بورگرگلد.',
        'İş Ajansı’nın meslek danışmanlığı iş arama, ileri eğitim ve destekler konusunda yardımcı olur – Bürgergeld almasanız da.',
        'Профорієнтація агентства праці допомагає з пошуком роботи, підвищенням кваліфікації та фінансовою підтримкою — навіть без Bürgergeld.',
      ),
    },
    { offer: 'dezentral-kirchberg-arbeit', when: { situation: ['restricted'] }, reason: workWithRestrictedStatusReason },
    {
      offer: 'ib-berufsorientierung',
      when: { qualification: ['none'], situation: ['jobcenter', 'searching', 'restricted'] },
      reason: text(
        'In den Werkstätten probieren Sie Berufe aus und finden heraus, welche Ausbildung zu Ihnen passt.',
        'In the workshops you try out different jobs and find out which training suits you.',
        'في الورش تجرب مهنًا مختلفة وتكتشف أي تدريب مهني يناسبك.',
        'در کارگاه‌ها شغل‌های مختلف را امتحان می‌کنید و می‌فهمید کدام آموزش حرفه‌ای به شما می‌خورد.',
        'Atölyelerde meslekleri deneyip size hangi meslek eğitiminin uygun olduğunu keşfedersiniz.',
        'У майстернях ви пробуєте різні професії й з’ясовуєте, яке навчання вам підходить.',
      ),
    },
    {
      offer: 'bww-teilqualifizierung',
      when: { qualification: ['none'], german: ['intermediate', 'advanced'] },
      reason: text(
        'Ohne Abschluss Schritt für Schritt zur Fachkraft: Die Teilqualifizierung Lagerlogistik endet mit einem anerkannten Zertifikat.',
        'Step by step to skilled worker without a qualification: the partial qualification in warehouse logistics ends with a recognised certificate.',
        'خطوة بخطوة نحو عامل متخصص دون شهادة: ينتهي التأهيل الجزئي في لوجستيات المخازن بشهادة معترف بها.',
        'بدون مدرک، قدم به قدم تا نیروی متخصص: دورهٔ صلاحیت جزئی در لجستیک انبار با یک گواهی معتبر به پایان می‌رسد.',
        'Diploma olmadan adım adım kalifiye elemana: Depo lojistiğinde kısmi yeterlilik, tanınmış bir sertifikayla sona erer.',
        'Без диплома крок за кроком до фахівця: часткова кваліфікація зі складської логістики завершується визнаним сертифікатом.',
      ),
    },
    {
      offer: 'dialog-integrationskurs-abend',
      when: { situation: ['employed'], german: ['beginner'] },
      reason: text(
        'Der Integrationskurs am Abend lässt sich mit der Arbeit verbinden.',
        'The evening integration course fits around your working day.',
        'تتناسب دورة الاندماج المسائية مع يوم عملك.',
        'دورهٔ ادغام شبانه با ساعت کاری شما جور درمی‌آید.',
        'Akşam uyum kursu iş gününüzle uyumludur.',
        'Вечірній інтеграційний курс можна поєднати з роботою.',
      ),
    },
    {
      offer: 'vhs-integrationskurs',
      when: { situation: ['jobcenter', 'searching'], german: ['beginner'] },
      reason: integrationCourseReason,
    },
    {
      offer: 'dialog-berufssprachkurs',
      when: { german: ['intermediate'] },
      reason: text(
        'Der Berufssprachkurs bringt Ihr Deutsch auf B2 – mit Wortschatz und Übungen für den Beruf.',
        'The job-related German course takes your German to B2 – with vocabulary and practice for work.',
        'ترفع دورة اللغة المهنية مستواك في الألمانية إلى B2 – مع مفردات وتمارين خاصة بالعمل.',
        'دورهٔ زبان شغلی آلمانی شما را به سطح B2 می‌رساند – با واژگان و تمرین‌هایی برای محیط کار.',
        'Mesleki dil kursu Almancanızı B2 seviyesine taşır – iş hayatına yönelik kelime ve alıştırmalarla.',
        'Професійний мовний курс підніме вашу німецьку до рівня B2 — з лексикою та вправами для роботи.',
      ),
    },
    {
      offer: 'deutsch-akademie-handwerk',
      when: { situation: ['employed'], german: ['beginner', 'intermediate'] },
      reason: text(
        'Sprachcoaching direkt im Betrieb: Sie lernen das Deutsch, das Sie bei Ihrer Arbeit brauchen.',
        'Language coaching at your workplace: learn the German you need for your job.',
        'تدريب لغوي مباشرة في مكان العمل: تتعلم الألمانية التي تحتاج إليها في عملك.',
        'آموزش زبان مستقیماً در محل کار: آلمانی‌ای را یاد می‌گیرید که در کارتان لازم دارید.',
        'Doğrudan işyerinde dil koçluğu: İşinizde ihtiyaç duyduğunuz Almancayı öğrenirsiniz.',
        'Мовний коучинг просто на підприємстві: ви вивчаєте ту німецьку, яка потрібна вам на роботі.',
      ),
    },
    { offer: 'integration-point-beratung', fallback: true, reason: integrationPointReason },
  ],
};

/** The three demo paths, in the order the list shows them (oldest first). */
export const demoReferralPaths: readonly PathSeed[] = [adults, youth, work];

function questionData(seed: QuestionSeed): ReferralQuestionData {
  return {
    key: seed.key,
    label: seed.label.de,
    hint: seed.hint?.de ?? null,
    translations: others.map((locale) => ({ locale, label: seed.label[locale], hint: seed.hint?.[locale] ?? null })),
    options: seed.options.map((o) => ({
      key: o.key,
      label: o.label.de,
      translations: others.map((locale) => ({ locale, label: o.label[locale] })),
    })),
  };
}

/**
 * Writes the demo paths, published, one day apart (the list shows the oldest
 * first), with a history entry each. Outcomes whose offer is not in `offers`
 * (a cut-down directory) are left out; a path left without outcomes is not
 * written. Returns how many paths were written.
 */
export function seedDemoReferralPaths(
  em: EntityManager,
  factory: Factory,
  offers: ReadonlyMap<string, Offer>,
  audit: AuditService,
  now: Date,
): number {
  let written = 0;
  demoReferralPaths.forEach((seed, index) => {
    const outcomes = seed.outcomes.filter((o) => offers.has(o.offer));
    if (outcomes.length === 0) return;
    const path: ReferralPath = factory.referralPath({
      title: seed.title.de,
      intro: seed.intro.de,
      translations: others.map((locale) => ({ locale, title: seed.title[locale], intro: seed.intro[locale] })),
      questions: seed.questions.map(questionData),
      published: true,
      createdAt: new Date(now.getTime() - (demoReferralPaths.length - index) * 86400_000),
    });
    const stored = outcomes.map((o, position) => {
      const conditions: ReferralConditionData[] = Object.entries(o.when ?? {}).map(([questionKey, optionKeys]) => ({
        questionKey,
        optionKeys,
      }));
      const translations = others.map((locale) => ({ locale, reason: o.reason[locale] }));
      const offer = offers.get(o.offer) as Offer;
      factory.referralOutcome(path, offer, {
        position: position + 1,
        reason: o.reason.de,
        conditions,
        translations,
        fallback: o.fallback ?? false,
      });
      return { offerId: offer.id, conditions, reason: o.reason.de, translations, fallback: o.fallback ?? false };
    });
    audit.record(
      em,
      { kind: 'system' },
      { entityType: 'ReferralPath', entityId: path.id, action: 'CREATE', after: referralPathSnapshot(path, stored) },
    );
    written += 1;
  });
  return written;
}
