/**
 * Turkish texts of the demo offers and organisations, written by hand from the
 * German base text in demo-offers-data.ts (same codes). District names stay
 * German, as on the city's signs and maps.
 */

import type { DemoTranslations } from './demo-offers-data.js';

const centreTopics =
  'günlük yaşam ve konut konularında yardım, kreş (Kita), okul ve eğitim danışmanlığı, sağlık danışmanlığı, resmi dairelerle yazışmalarda destek ile mesleki eğitim, iş ve Almanca öğrenme konularında yardım.';

export const demoTranslationsTr: DemoTranslations = {
  offers: {
    'beratung-dezentral-mitte': {
      title: 'Kendi evinde yaşayan mültecilere danışmanlık – Innenstadt ve Altstadt',
      description: `Innenstadt veya Altstadt'ta bir dairede yaşayan sığınmacılar ve Duldung (sınır dışı edilmenin ertelenmesi) sahipleri için randevusuz danışma saatleri: ${centreTopics} Danışmanlık ücretsiz ve gizlidir; gerekirse tercüman ayarlanır.`,
    },
    'beratung-dezentral-sued': {
      title: 'Kendi evinde yaşayan mültecilere danışmanlık – Südstadt ve Gartenstadt',
      description: `Caritas, Südstadt ve Gartenstadt'ta artık toplu konaklama yerinde kalmayan sığınmacılara ve Duldung sahiplerine danışmanlık yapar: ${centreTopics} Açık danışma saatlerinde randevusuz gelebilir ya da randevu alabilirsiniz.`,
    },
    'beratung-dezentral-west': {
      title: 'Kendi evinde yaşayan mültecilere danışmanlık – Weststadt ve Lindenau-Nord',
      description: `Diakonie, Weststadt semt bürosunda Weststadt ve Lindenau-Nord'da yaşayan sığınmacılara ve Duldung sahiplerine danışmanlık yapar: ${centreTopics} Perşembe günleri Lindenau-Nord'da da danışma saati vardır.`,
    },
    'beratung-dezentral-kirchberg': {
      title: 'Kendi evinde yaşayan mültecilere danışmanlık – Kirchberg ve Eichwald',
      description: `Toplu konaklama yerinden Kirchberg veya Eichwald'da bir daireye taşınan sığınmacılar ve Duldung sahipleri için: ${centreTopics} Kendi çalışanlarımız Darice, Peştuca ve Tigrinya dilinde danışmanlık yapar.`,
    },
    'beratung-dezentral-neustadt': {
      title: 'Kendi evinde yaşayan mültecilere danışmanlık – Neustadt, Am Hafen ve Brühl',
      description: `AWO, Neustadt semt merkezinde Neustadt, Am Hafen ve Brühl'de yaşayan sığınmacılara ve Duldung sahiplerine danışmanlık yapar: ${centreTopics} Kadınlar için bir kadın danışmanla ayrı danışma saatleri vardır.`,
    },
    'beratung-dezentral-ost': {
      title: 'Kendi evinde yaşayan mültecilere danışmanlık – Oststadt ve Feldmark',
      description: `Alman Kızılhaçı (DRK), Oststadt veya Feldmark'ta bir dairede yaşayan sığınmacılara ve Duldung sahiplerine danışmanlık yapar: ${centreTopics} İstisnai durumlarda randevulara eşlik edilebilir.`,
    },
    'dezentral-mitte-gesundheit': {
      title: 'Sağlık danışma saati: tedavi belgesi, doktor bulma ve aşılar',
      description:
        'Sığınmacılara Yardım Yasası kapsamındaki sağlık hizmetleriyle ilgili her konuda yardım: tedavi belgesi (Behandlungsschein) başvurusu, aile hekimi veya çocuk doktoru bulma, eksik aşıları tamamlama. Gerekirse doktor randevunuz için tercüman ayarlıyoruz.',
    },
    'dezentral-sued-wohnen': {
      title: 'Ev arama ve kira sözleşmesi danışma saati',
      description:
        'Ev aramanızda ve kira giderlerinin karşılanması başvurusunda yardım ediyor; kira sözleşmesini, yan giderleri ve bina kurallarını açıklıyoruz. Lütfen resmi yazıları ve ev tekliflerini yanınızda getirin.',
    },
    'mbe-caritas': {
      title: 'Yetişkinler için göç danışmanlığı (MBE)',
      description:
        'Oturma izni veya süresiz oturma izni olan 27 yaş ve üzeri göçmenler ile AB vatandaşları için: uyum kursu, oturum, iş, aile birleşimi, konut ve sağlık konularında danışmanlık. Birlikte kişisel bir uyum planı hazırlıyoruz.',
    },
    'mbe-caritas-online': {
      title: 'Sohbet ve görüntülü görüşme ile çevrim içi göç danışmanlığı',
      description:
        'Göç danışmanlığına dijital olarak da ulaşabilirsiniz: sorularınızı sohbet üzerinden sorun, belgelerinizi güvenle yükleyin ve görüntülü görüşme için randevu alın. Genellikle iki iş günü içinde yanıt veriyoruz.',
    },
    'mbe-awo': {
      title: 'Yetişkinler için göç danışmanlığı (MBE) – açık danışma saati',
      description:
        'Yetişkin göçmenlere oturum hukuku, sosyal yardımlar, uyum kursu ve diploma denkliği konularında danışmanlık. Çarşamba günleri randevusuz açık danışma saati, diğer günler randevuyla.',
    },
    'mbe-drk': {
      title: 'Yetişkinler ve aile birleşimiyle gelen aileler için göç danışmanlığı',
      description:
        'Alman Kızılhaçı, yetişkin göçmenlere, özellikle aile birleşiminden sonra gelen ailelere danışmanlık yapar: adres kaydı, uyum kursu, çocuk parası (Kindergeld), okul ve iş. Danışmanlık Arapça, Tigrinya ve Somalice de yapılır.',
    },
    'drk-suchdienst': {
      title: 'Kayıp arama servisi ve aile birleşimi danışmanlığı',
      description:
        'Kızılhaç arama servisi, kaçış ve savaştan sonra kaybolan yakınlarınızı bulmanıza yardım eder ve aile birleşimi başvurunuzda size eşlik eder: belgeler, konsolosluk randevuları, vize. Danışmanlık ücretsiz ve gizlidir.',
    },
    'jmd-diakonie': {
      title: 'Gençlik Göç Servisi: 12–27 yaş arası gençlere danışmanlık',
      description:
        'Gençlik Göç Servisi (JMD), 12 ile 27 yaş arasındaki genç göçmenlere okul, mesleki eğitim ve iş yolunda eşlik eder. Oturum, dil kursları ve aile içi sorunlarda da danışmanlık yapıyor, isterseniz sizi uzun süre destekliyoruz.',
    },
    'jmd-ib': {
      title: 'Lindenau-Nord Gençlik Göç Servisi: 12–27 yaş arası gençlere danışmanlık',
      description:
        "Internationaler Bund'un Gençlik Göç Servisi, genç göçmenlere ve ebeveynlerine okul, mesleki eğitim, üniversite ve oturum konularında danışmanlık yapar. Jugendtreff Nord gençlik merkezinde randevusuz açık danışma saatleri vardır.",
    },
    'rlc-asylrecht': {
      title: 'İltica ve oturum hukuku konusunda ücretsiz hukuki danışmanlık',
      description:
        "Hukuk öğrencileri, tam yetkili hukukçuların gözetiminde iltica süreci, BAMF'taki mülakat, resmi kararlar, Duldung ve aile birleşimi konularında danışmanlık yapar. Randevular e-posta ile kayıttan sonra verilir; tercüman ayarlanabilir.",
    },
    'flrat-asylverfahrensberatung': {
      title: 'İltica süreci danışmanlığı: mülakata hazırlık',
      description:
        'Federal Göç ve Mülteciler Dairesi (BAMF) mülakatından önce ve sonra bağımsız danışmanlık: sürecin işleyişi, haklar ve yükümlülükler, olumsuz kararda itiraz süreleri. Sizi uzman avukatlara yönlendiriyoruz.',
    },
    'adb-beratung': {
      title: 'Ayrımcılık ve ırkçılık durumunda danışmanlık',
      description:
        'Ev ararken, işyerinde, resmi dairelerde veya günlük hayatta haksız muameleye uğrarsanız, gizli ve sizin tarafınızda olarak danışmanlık yaparız. Şikâyet yazıları yazar, görüşmelere eşlik eder ve hukuki adımlar hakkında bilgi veririz.',
    },
    'iq-anerkennung': {
      title: 'Yurt dışında alınan meslek ve üniversite diplomalarının denkliği için danışmanlık',
      description:
        'Yurt dışı diplomanızın tanınıp tanınamayacağını ve nerede tanınacağını, hangi belge ve çevirilerin gerektiğini ve masrafları nasıl geri alabileceğinizi birlikte açıklığa kavuşturuyoruz. Kısmi denklik durumunda uyum eğitimleri (Anpassungsqualifizierung) hakkında danışmanlık yapıyoruz.',
    },
    'integration-point-beratung': {
      title: 'Integration Point: iş, mesleki eğitim ve mesleki dil kursu tek yerde',
      description:
        'Mülteciler için İş Ajansı ve Jobcenter ortak başvuru noktası: iş deneyiminizi kaydediyor, denklik ve ileri eğitim konusunda danışmanlık yapıyor ve sizi mesleki Almanca kurslarına kaydediyoruz. Randevular tercümanla yapılır.',
    },
    'jobcenter-gefluechtete': {
      title: 'Jobcenter: mülteciler ve yeni gelenler için özel ekip',
      description:
        "Vatandaşlık parası (Bürgergeld) alanlar Jobcenter'de özel bir ekipten danışmanlık alır: geçim masrafları, Almanca kursları, kurs sırasında çocuk bakımı, ileri eğitim ve iş arama. Başvuru formları Arapça ve Ukraynaca da mevcuttur.",
    },
    'psz-beratung': {
      title: 'Mültecilere psikososyal danışmanlık',
      description:
        "Savaş, kaçış veya şiddetten sonra uyuyamıyor, sürekli korku duyuyor ya da insanlardan uzaklaşıyorsanız, PSZ'de uzmanlar ve tercümanlarla gizli görüşmeler yapabilirsiniz. Terapinin size yardımcı olup olmayacağını birlikte değerlendiriyor ve bu yolda size eşlik ediyoruz.",
    },
    'medizinische-fluechtlingshilfe': {
      title: 'Sağlık sigortası olmayanlar için tıbbi muayene saati',
      description:
        'Gönüllü doktorlar, sağlık sigortası veya tedavi belgesi olmayan kişileri isim sormadan ve ücretsiz tedavi eder ve uzman muayenehanelere yönlendirir. Ayrıca sağlık sigortasına nasıl girilebileceği konusunda danışmanlık verilir.',
    },
    'gdd-sprachmittlung': {
      title: 'Doktor randevuları, kreş ve okul için tercümanlık',
      description:
        'Eğitimli dil ve uyum aracıları; muayenehane, hastane, kreş ve okul randevularına yüz yüze ya da görüntülü olarak eşlik eder. Tercümanı kurum talep eder ve öder; aileler bunun nasıl işlediği konusunda danışmanlık alabilir.',
    },
    'asb-gesundheitslotsen': {
      title: 'Sağlık rehberleri: sağlık sistemini kendi dilinizde anlayın',
      description:
        'Eğitimli göçmenler grup toplantılarında Alman sağlık sisteminin nasıl işlediğini anlatır: aile hekimi, nöbetçi doktor hattı 116 117, acil çağrı 112, koruyucu muayeneler, aşılar ve sağlık sigortası.',
    },
    'gesundheitsamt-impfberatung': {
      title: 'Aşı saati ve aşı danışmanlığı',
      description:
        'Sağlık Dairesi aşı kartlarını kontrol eder, çocuk ve yetişkinlerin eksik aşıları konusunda danışmanlık yapar ve aile hekimi olmasa bile ücretsiz aşı yapar. Lütfen elinizdeki aşı belgelerini getirin.',
    },
    'profamilia-beratung': {
      title: 'Hamilelik, doğum kontrolü ve aile planlaması danışmanlığı',
      description:
        'Kadınlar, erkekler ve çiftler için hamilelik, doğum kontrolü, çocuk sahibi olma isteği ve hamilelere yönelik maddi yardımlar konusunda gizli danışmanlık. İsterseniz kadın tercümanla; danışmanlık ücretsizdir.',
    },
    'frauenzentrum-gewaltberatung': {
      title: 'Aile içi şiddete maruz kalan kadınlar için danışmanlık',
      description:
        "Evde şiddet gören kadınlar, Kadın Merkezi'nde gizli danışmanlık alabilir; isterlerse kadın tercümanla. Kadın sığınma evinde yer bulmanıza yardım ediyor, polise ve mahkemeye giderken size eşlik ediyoruz.",
    },
    'mieterverein-sprechstunde': {
      title: 'Yeni gelenler için tercümanlı kira hukuku danışmanlığı',
      description:
        'Kiracılar Derneği ayda bir kez üye olmayanlara da ücretsiz ve tercümanlı danışmanlık verir: kira sözleşmesi, depozito, yan gider hesabı, küf ve fesih. Lütfen kira sözleşmenizi ve ev sahibinden gelen yazıları getirin.',
    },
    wohnungspaten: {
      title: 'Konut gönüllüleri: ev aramada destek',
      description:
        'Gönüllüler ev aramanızda yardım eder: ilanları okumak, ev sahiplerini aramak, ev görmeye birlikte gitmek ve başvuru belgelerini hazırlamak. Taşındıktan sonra çöp ayrıştırmayı, evi havalandırmayı ve bina kurallarını anlatırlar.',
    },
    'wohnungsamt-wbs': {
      title: 'Konut hak belgesi (WBS) ve kira yardımı',
      description:
        'Devlet destekli sosyal konut kiralamanızı sağlayan konut hak belgesi (Wohnberechtigungsschein) ve kira yardımı (Wohngeld) için danışmanlık ve başvuru. Hangi belgelere ihtiyacınız olduğunu birlikte kontrol ediyoruz.',
    },
    'vhs-integrationskurs': {
      title: 'Almanca uyum kursu (A1–B1) ve oryantasyon kursu',
      description:
        "Uyum kursu 600 saat Almanca ve Almanya'da yaşam, tarih ve hukuk üzerine 100 saatlik oryantasyon kursundan oluşur; Göçmenler için Almanca Sınavı (DTZ) ile biter. Her ay sabah ve akşam yeni kurslar başlar.",
    },
    'vhs-alphakurs': {
      title: 'Okuma yazma öğretimli uyum kursu',
      description:
        'Okuma yazma bilmeyen, az bilen ya da başka bir alfabeyle öğrenmiş yetişkinler için: küçük gruplarda, daha fazla zaman ve bol alıştırmayla Latin alfabesiyle okuma yazma ve Almanca.',
    },
    'vhs-elternintegrationskurs': {
      title: 'Çocuk bakımlı ebeveyn uyum kursu',
      description:
        'Anneler ve babalar için kreş, okul ve çocuk eğitimi konularını işleyen uyum kursu. Ders sırasında bir yaşından büyük çocuklara yan odada uzmanlar bakar.',
    },
    'vhs-willkommenskurs': {
      title: 'Hoş geldin kursu: kurs hakkı olmayan herkes için Almanca',
      description:
        'Uyum kursunda (henüz) yeri olmayan kişiler için açık Almanca kursu; örneğin iltica süreci devam edenler veya Duldung sahipleri için. İstediğiniz zaman katılabilirsiniz; ücretsiz ve kayıtsız.',
    },
    'dialog-berufssprachkurs': {
      title: 'Mesleki Almanca kursu B2',
      description:
        "Uyum kursundan sonra işe yönelik Almanca: iş yerinde e-posta ve telefon görüşmeleri, toplantılar, iş başvurusu ve mesleki kelime bilgisi. Kurs telc B2 Beruf sınavıyla biter. Katılım Jobcenter, İş Ajansı veya BAMF'ın katılım belgesiyle mümkündür.",
    },
    'frauenzentrum-deutschkurs': {
      title: 'Kadınlar için çocuk bakımlı Almanca kursu',
      description:
        'Haftada üç sabah bir kadın grubunda Almanca öğrenin. Kurs sırasında eğitmenler çocuklara oyun odasında bakar. Uyum kursu hakkı olmayan kadınlar da katılabilir.',
    },
    'sprachcafe-west': {
      title: 'Weststadt dil kafesi: çay ve kahve eşliğinde Almanca konuşmak',
      description:
        'Her salı akşamı yeni gelenler gönüllülerle sohbet ederek Almanca pratik yapar; masalar seviyeye göre ayrılır. Kayıt gerekmez ve ücretsizdir; çocuklar için oyun köşesi vardır.',
    },
    'welcome-treff-sprachcafe': {
      title: "Welcome-Treff'te açık dil kafesi",
      description:
        "Her pazartesi ve cuma gönüllülerle sohbet ederek Almanca pratik yapın; her seviyeye açık ve kayıtsız. Ardından ekip, Lindenau'daki kurslar, danışmanlık ve boş zaman etkinlikleri hakkındaki soruları yanıtlar.",
    },
    'fbs-mutter-kind': {
      title: 'Göçmen aileler için anne-çocuk grubu',
      description:
        'Üç yaşına kadar çocuğu olan anneler (ve babalar) oynamak, şarkı söylemek ve sohbet etmek için buluşur. Bir uzman gelişim, beslenme ve uyku hakkındaki soruları yanıtlar ve kreşe başlamaya hazırlar.',
    },
    'kita-brueckenangebot': {
      title: 'Kreşe başlangıç: kreş yeri olmayan çocuklar için geçiş grubu',
      description:
        'Henüz kreş yeri olmayan iki ile altı yaş arası çocuklar, haftada üç sabah eğitmenlerle küçük bir grupta oynar. Ebeveynler ilk haftalarda yanlarında kalır ve kreşte (Kita) günlük hayatı tanır.',
    },
    'jugendamt-fruehe-hilfen': {
      title: 'Erken yardım: aile ebeleri ve hoş geldin ziyaretleri',
      description:
        'Hamile kadınlar ve üç yaşına kadar bebeği olan aileler, bir aile ebesi veya çocuk hemşiresinden ziyaret alır: emzirme, uyku, koruyucu muayeneler ve günlük hayatta destek hakkında sorular. Ücretsiz ve gönüllülük esasına dayalı.',
    },
    'bildungsbuero-schulberatung': {
      title: 'Yeni gelen aileler için okul danışmanlığı',
      description:
        "Eğitim Bürosu, okul çağındaki çocuklarıyla Lindenau'ya gelen ebeveynlere danışmanlık yapar: hangi okulun sorumlu olduğu, dil öğrenme sınıflarının nasıl işlediği ve kayıt için hangi belgelerin gerektiği. Tam gün okul, okul servisi ve eğitim paketi (Bildungspaket) konularında da bilgi verir.",
    },
    'lindenauer-lotsen': {
      title: 'Lindenau rehberleri: ilk aylarınız için bir gönüllü yol arkadaşı',
      description:
        'Gönüllü rehberler yeni gelen kişilere ve ailelere bir yıl boyunca günlük hayatta eşlik eder: mektupları anlamak, randevulara hazırlanmak, şehri tanımak ve Almanca konuşmak. Rehberlerin çoğu Arapça, Farsça, Türkçe veya Ukraynaca konuşur.',
    },
    'buergerdienste-anmeldung': {
      title: 'Vatandaşlık bürosunda adres kaydı',
      description:
        "Lindenau'ya taşınan herkes iki hafta içinde vatandaşlık bürosunda (Bürgerbüro) adres kaydı yaptırır. Pasaport veya kimlik belgesi ile ev sahibinin onay belgesini (Wohnungsgeberbestätigung) getirin. Randevu internetten veya telefonla alınır.",
    },
  },
  organisations: {
    'dezentral-mitte': {
      name: 'Caritas – Kendi evinde yaşayan mülteciler için danışma merkezi, Merkez',
      description:
        "Innenstadt ve Altstadt'ta belediye konutlarında veya kendi evlerinde yaşayan sığınmacılar ve Duldung sahipleri için sosyal danışmanlık. Sosyal İşler Dairesi adına; borç, aile veya denklik danışmanlığı gibi uzman kurumlara yönlendirme.",
    },
    'dezentral-sued': {
      name: 'Caritas – Kendi evinde yaşayan mülteciler için danışma merkezi, Südstadt',
      description:
        'Kendi evlerinde yaşayan sığınmacılar ve Duldung sahipleri için sosyal destek: resmi yazılar, başvurular, ev arama ve okul kaydında yardım.',
    },
    'dezentral-west': {
      name: 'Diakonie – Weststadt mülteci sosyal hizmeti',
      description:
        'Semt bürosunda açık danışma saatleri olan, semte yönelik mülteci sosyal hizmeti. Başvurular, kreş kaydı ve dil kursu bulmada destek.',
    },
    'dezentral-kirchberg': {
      name: 'Diakonie – Kendi evinde yaşayan mülteciler için danışma merkezi, Kirchberg',
      description:
        "Toplu konaklama yerinden taşınıp Kirchberg ve Eichwald'da bir dairede yaşayan, Sığınmacılara Yardım Yasası kapsamındaki kişiler için danışma merkezi. Günlük yaşam ve konut danışmanlığı, mesleki eğitim, iş ve dil öğrenmede yardım.",
    },
    'dezentral-neustadt': {
      name: 'AWO – Kendi evinde yaşayan mülteciler için danışma merkezi, Neustadt',
      description:
        "Neustadt semt merkezindeki danışma merkezi; Neustadt, Am Hafen ve Brühl'de kendi evlerinde yaşayan sığınmacılara ve Duldung sahiplerine destek olur: resmi yazılar, kreş ve okul, sağlık ve komşuluk.",
    },
    'dezentral-ost': {
      name: 'Alman Kızılhaçı – Kendi evinde yaşayan mülteciler için danışma merkezi, Oststadt',
      description:
        "Alman Kızılhaçı, Oststadt ve Feldmark'ta dairelerde yaşayan sığınmacılara ve Duldung sahiplerine günlük yaşam, resmi daireler, sağlık ve eğitim konularında danışmanlık yapar. Merkez, ilk kabul merkezi ve Kızılhaç arama servisiyle yakın çalışır.",
    },
    'mbe-caritas': {
      name: 'Caritas – Yetişkin göçmenler için göç danışmanlığı',
      description:
        'Göç danışmanlığı, 27 yaş ve üzeri göçmenlere ilk yıllarında kişisel bir uyum planıyla eşlik eder: uyum kursu, oturum, iş ve aile birleşimi hakkında sorular.',
    },
    'mbe-awo': {
      name: 'AWO Neustadt göç danışmanlığı',
      description:
        'Yetişkin göçmenlere oturum hukuku, sosyal yardımlar ve diploma denkliği konularında danışmanlık. Çarşamba günleri randevusuz açık danışma saati.',
    },
    'jmd-diakonie': {
      name: 'Diakonie Lindenau Gençlik Göç Servisi',
      description:
        'Gençlik Göç Servisi, 12 ile 27 yaş arası gençlere okul, mesleki eğitim ve oturum konularında danışmanlık yapar. İş başvurusu eğitimi gibi grup etkinlikleri okul tatillerinde yapılır.',
    },
    'jmd-ib': {
      name: 'Internationaler Bund – Lindenau-Nord Gençlik Göç Servisi',
      description:
        "IB'nin Gençlik Göç Servisi genç göçmenlere vaka yönetimi, ödev yardımı ve Jugendtreff Nord gençlik merkezindeki grup etkinlikleriyle eşlik eder.",
    },
    psz: {
      name: 'Lindenau Mülteciler için Psikososyal Merkez',
      description:
        'PSZ, travma yaşamış mültecilere tercümanlarla psikososyal danışmanlık, stabilizasyon grupları ve psikoterapi sunar. Uzmanlar ve gönüllüler travmanın etkileri konusunda eğitim alabilir.',
    },
    'iq-anerkennung': {
      name: 'IQ Lindenau Denklik Danışma Merkezi',
      description:
        'Yurt dışında alınan meslek ve üniversite diplomalarının tanınması konusunda bağımsız ilk danışmanlık ve uyum eğitimlerine yönlendirme.',
    },
    'integration-point': {
      description:
        'Mülteciler için İş Ajansı ve Jobcenter ortak başvuru noktası: yetkinlik tespiti, denklik danışmanlığı ve mesleki dil kurslarına yönlendirme tek yerde.',
    },
    'welcome-treff': {
      description:
        'Haftalık programı olan, herkesin kolayca gelebileceği bir buluşma yeri: dil kursları, yemek buluşmaları, tiyatro, meslek günü ve kadın kafesi. Gönüllü Ajansı ve göçmen dernekleri tarafından yürütülür.',
    },
  },
};
