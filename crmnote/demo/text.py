"""Word lists, names from several cultures and text templates for the demo data generator."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from crmnote.domain.types import (
    Category,
    ClaimCategory,
    DecisionAction,
    FeedbackKind,
    Judgment,
    RequestKind,
    Verdict,
)
from crmnote.domain.types import TargetUnit as TU


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """`"Иван|Ivan Jürgen"` → ((native, latin), …); `_` stands for a space inside a name."""
    out = []
    for word in text.split():
        native, _, latin = word.partition("|")
        native = native.replace("_", " ")
        out.append((native, (latin or ascii_fold(native)).replace("_", " ")))
    return tuple(out)


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in text.split())


# NFKD leaves these letters whole, so they get an explicit ASCII spelling.
_FOLD = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "đ": "d"})
_FOLD.update(str.maketrans({"Đ": "D", "ı": "i", "İ": "I", "'": ""}))


def ascii_fold(text: str) -> str:
    """Latin text without accents (for email addresses and web domains)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if ch.isascii())


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for the parts of an address."""
    return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())


@dataclass(frozen=True)
class Culture:
    """Names, places and conventions of one language area."""

    weight: int
    given: tuple[tuple[str, str], ...]
    family: tuple[tuple[str, str], ...]
    cities: tuple[str, ...]
    streets: tuple[str, ...]
    address: str  # format with street, n, city, zip
    companies: tuple[str, ...]  # format with family, city, word
    phone: str
    mail: tuple[str, ...]
    tld: str
    family_first: bool = False
    joiner: str = " "
    words: tuple[str, ...] = ("Nord", "Atlas", "Orion", "Delta")


# One line per field reads better than the formatter's layout for these tables.
# fmt: off
CULTURES = (
    Culture(14, _pairs("Oliver Emma James Sophie Liam Grace Noah Chloe Ethan Olivia Jack Amelia"),
            _pairs("Smith Johnson Taylor Brown Wilson Evans Walker O'Brien Murphy Clarke Hughes"),
            _words("Manchester Leeds Bristol Dublin Boston Glasgow"),
            _words("High_Street Station_Road Mill_Lane Church_Street Park_Avenue"),
            "{n} {street}\n{city} {zip}",
            ("{family} Ltd", "{family} & Co", "{family} Supplies Inc."),
            "+44", ("gmail.com", "outlook.com", "btinternet.com"), "co.uk"),
    Culture(16, _pairs("Jürgen Sören Björn Jörg Anna Lena Käthe Günther Mia Lukas Jonas Hannah"),
            _pairs("Müller Schäfer Weiß Groß Köhler Bäcker Schröder Krüger Fuchs Wagner Hoffmann"),
            _words("München Köln Düsseldorf Nürnberg Lübeck Würzburg Görlitz"),
            _words("Hauptstraße Bahnhofstraße Gartenweg Schillerstraße Lindenallee Am_Mühlbach"),
            "{street} {n}\n{zip} {city}",
            ("{family} GmbH", "{family} & Söhne KG", "Bäckerei {family}"),
            "+49", ("web.de", "gmx.de", "t-online.de"), "de"),
    Culture(9, _pairs("François Hélène Zoé Benoît Chloé Léa Théo Gaëlle Jérôme Maëlle Noël Inès"),
            _pairs("Lefèvre Dubois Moreau Girard Bonnet Mercier Rousseau Lévêque El_Amrani"),
            _words("Paris Lyon Besançon Orléans Nîmes Angoulême"),
            _words("rue_de_la_Paix avenue_Jean-Jaurès boulevard_Saint-Germain rue_Émile-Zola"),
            "{n} {street}\n{zip} {city}",
            ("SARL {family}", "{family} & Fils", "Boulangerie {family}"),
            "+33", ("orange.fr", "free.fr", "gmail.com"), "fr"),
    Culture(7, _pairs("José María Íñigo Sofía Martín Lucía Álvaro Begoña Ramón Nuria Ángel"),
            _pairs("García Núñez Pérez Martínez Gómez Ibáñez Fernández Muñoz Jiménez Sánchez"),
            _words("Madrid Sevilla Málaga Córdoba León Cádiz"),
            _words("Calle_Mayor Avenida_de_la_Constitución Calle_de_Alcalá Paseo_del_Prado"),
            "{street} {n}\n{zip} {city}",
            ("{family} S.L.", "Hermanos {family}", "{family} y Asociados"),
            "+34", ("gmail.com", "hotmail.es", "telefonica.net"), "es"),
    Culture(4, _pairs("João Conceição Gonçalo Inês Tomé Leonor Sebastião Beatriz"),
            _pairs("Gonçalves Araújo Simões Magalhães Conceição Brandão Louro"),
            _words("Lisboa Porto Braga Coimbra Évora"),
            _words("Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina"),
            "{street}, {n}\n{zip} {city}", ("{family} Lda.", "{family} & Irmãos"),
            "+351", ("sapo.pt", "gmail.com"), "pt"),
    Culture(6, _pairs("Niccolò Giulia Lorenzo Chiara Luca Francesca Matteo Ilaria"),
            _pairs("Rossi Esposito Bianchi Ricci Colombo De_Luca Fabbri Galli"),
            _words("Milano Torino Bologna Napoli Forlì"),
            _words("Via_Roma Corso_Vittorio_Emanuele_II Via_Garibaldi Piazza_Cavour"),
            "{street} {n}\n{zip} {city}", ("{family} S.r.l.", "Fratelli {family}"),
            "+39", ("libero.it", "gmail.com"), "it"),
    Culture(5, _pairs("Łukasz Małgorzata Paweł Zuzanna Wojciech Agnieszka Grzegorz Żaneta"),
            _pairs("Wiśniewski Kowalczyk Wójcik Dąbrowski Zieliński Lewandowska Król"),
            _words("Kraków Łódź Wrocław Poznań Gdańsk"),
            _words("ul._Długa ul._Mickiewicza ul._Świętokrzyska al._Jerozolimskie"),
            "{street} {n}\n{zip} {city}", ("{family} sp. z o.o.", "P.H.U. {family}"),
            "+48", ("wp.pl", "onet.pl", "gmail.com"), "pl"),
    Culture(3, _pairs("Jiří Tomáš Eliška Kateřina Lukáš Zdeňka"),
            _pairs("Dvořák Novák Černý Procházka Svoboda Růžička"),
            _words("Praha Brno Plzeň České_Budějovice"),
            _words("Náměstí_Míru Vinohradská Palackého"),
            "{street} {n}\n{zip} {city}", ("{family} s.r.o.",), "+420", ("seznam.cz",), "cz"),
    Culture(5, _pairs("Björn Åsa Søren Ørjan Linnéa Märta Kjell Sigrún Maja Erik"),
            _pairs("Johansson Lindqvist Ødegård Sørensen Ekström Nyström Åberg Holm"),
            _words("Göteborg Malmö Århus København Tromsø Uppsala"),
            _words("Storgatan Drottninggatan Strandvejen Kongens_gate"),
            "{street} {n}\n{zip} {city}", ("{family} AB", "{family} ApS", "{family} & Partners AS"),
            "+46", ("telia.com", "gmail.com"), "se"),
    Culture(5, _pairs("Çağla Gökhan Şule Ömer Ayşe Ümit İlker Özge Emre"),
            _pairs("Yılmaz Öztürk Şahin Çelik Doğan Aydın Kılıç Arslan"),
            _words("İstanbul İzmir Ankara Eskişehir Bursa"),
            _words("Atatürk_Caddesi Cumhuriyet_Sokak İstiklal_Caddesi"),
            "{street} No:{n}\n{zip} {city}", ("{family} Ticaret A.Ş.", "{family} Gıda Ltd. Şti."),
            "+90", ("gmail.com", "hotmail.com"), "com.tr"),
    Culture(3, _pairs("Văn_An Thị_Hương Minh_Đức Thu_Trang Quốc_Bảo"),
            _pairs("Nguyễn Trần Lê Phạm Hoàng Đặng"),
            _words("Hà_Nội Hồ_Chí_Minh Đà_Nẵng Huế"),
            _words("Đường_Lê_Lợi Phố_Hàng_Bạc Đường_Nguyễn_Huệ"),
            "{n} {street}\n{city}", ("Công ty TNHH {family}",), "+84", ("gmail.com",), "vn",
            family_first=True),
    Culture(5, _pairs("Иван|Ivan Ольга|Olga Дмитрий|Dmitry Наталья|Natalya Сергей|Sergey "
                      "Екатерина|Ekaterina Алексей|Aleksey Татьяна|Tatyana Михаил|Mikhail"),
            _pairs("Иванов|Ivanov Смирнов|Smirnov Кузнецов|Kuznetsov Попов|Popov Соколов|Sokolov "
                   "Волков|Volkov Морозов|Morozov Лебедев|Lebedev"),
            _words("Москва Санкт-Петербург Казань Новосибирск Екатеринбург"),
            _words("ул._Ленина пр._Мира ул._Пушкина ул._Гагарина"),
            "{street}, д. {n}\n{city}, {zip}", ("ООО «{word}»", "ИП {family}"),
            "+7", ("yandex.ru", "mail.ru"), "ru",
            words=_words("Северный_ветер Техснаб Вектор Стройресурс Волга-Трейд")),
    Culture(3, _pairs("Олександр|Oleksandr Оксана|Oksana Тарас|Taras Ірина|Iryna Богдан|Bohdan"),
            _pairs("Шевченко|Shevchenko Коваленко|Kovalenko Бондаренко|Bondarenko Ткачук|Tkachuk"),
            _words("Київ Львів Харків Одеса"),
            _words("вул._Хрещатик вул._Шевченка просп._Свободи"),
            "{street}, {n}\n{city}, {zip}", ("ТОВ «{word}»", "ФОП {family}"),
            "+380", ("ukr.net", "gmail.com"), "ua",
            words=_words("Агросвіт Дніпро-Постач Світанок Карпати")),
    Culture(6, _pairs("伟|Wei 芳|Fang 娜|Na 秀英|Xiuying 敏|Min 静|Jing 丽|Li 强|Qiang 磊|Lei"),
            _pairs("王|Wang 李|Li 张|Zhang 刘|Liu 陈|Chen 杨|Yang 黄|Huang 赵|Zhao 周|Zhou 吴|Wu"),
            _words("上海 北京 深圳 广州 杭州 成都"),
            _words("南京路 人民路 中山路 解放路"),
            "{city}市{street}{n}号 {zip}", ("{city}{word}有限公司",),
            "+86", ("qq.com", "163.com"), "cn", family_first=True, joiner="",
            words=_words("华信贸易 宏达电子 新世纪物流 金龙食品 东方家居")),
    Culture(3, _pairs("健太|Kenta 陽子|Yoko 翔|Sho 美咲|Misaki 大輔|Daisuke 由美|Yumi"),
            _pairs("佐藤|Sato 鈴木|Suzuki 高橋|Takahashi 田中|Tanaka 渡辺|Watanabe 伊藤|Ito"),
            _words("東京 大阪 名古屋 福岡"),
            _words("中央区銀座 北区梅田 中区栄"),
            "〒{zip} {city}{street}{n}", ("株式会社{family}商事", "{family}工業株式会社"),
            "+81", ("yahoo.co.jp", "gmail.com"), "jp", family_first=True),
    Culture(5, _pairs("محمد|Mohammed فاطمة|Fatima أحمد|Ahmed ليلى|Layla يوسف|Youssef "
                      "مريم|Maryam خالد|Khaled نور|Nour عمر|Omar"),
            _pairs("العلي|Al-Ali الحسن|Al-Hassan المنصوري|Al-Mansouri الخطيب|Al-Khatib "
                   "حداد|Haddad الشامي|Al-Shami النجار|Al-Najjar"),
            _words("دبي الرياض عمّان القاهرة الدار_البيضاء"),
            _words("شارع_الملك_فهد شارع_الجامعة شارع_الحمراء"),
            "{n} {street}، {city} {zip}", ("مؤسسة {family} للتجارة", "شركة {word}"),
            "+971", ("gmail.com", "hotmail.com"), "ae",
            words=_words("الأفق النخيل الريادة")),
    Culture(5, _pairs("Priya Arjun Ananya Rohan Kavya Vikram Aditi Rahul"),
            _pairs("Sharma Patel Iyer Reddy Gupta Nair Mehta Singh"),
            _words("Mumbai Bengaluru Pune Chennai Hyderabad"),
            _words("MG_Road Linking_Road Anna_Salai Park_Street"),
            "{n}, {street}\n{city} {zip}", ("{family} Traders Pvt. Ltd.", "{family} Exports"),
            "+91", ("gmail.com", "rediffmail.com"), "in"),
)
# fmt: on
CULTURE_WEIGHTS = tuple(c.weight for c in CULTURES)


@dataclass(frozen=True)
class Person:
    """A generated customer identity."""

    name: str
    company: str
    address: str
    emails: tuple[tuple[str, str], ...]  # (value, label)
    phones: tuple[tuple[str, str], ...]


def person(rng: random.Random, with_company: bool) -> Person:
    """A name, company, address and contact points that fit together."""
    c = rng.choices(CULTURES, CULTURE_WEIGHTS)[0]
    given, given_latin = rng.choice(c.given)
    family, family_latin = rng.choice(c.family)
    name = family + c.joiner + given if c.family_first else given + c.joiner + family
    city = rng.choice(c.cities)
    company = ""
    if with_company:
        company = rng.choice(c.companies).format(family=family, city=city, word=rng.choice(c.words))
    zip_code = f"{rng.randint(10000, 99999)}"
    address = c.address.format(
        street=rng.choice(c.streets), n=rng.randint(1, 180), city=city, zip=zip_code
    )
    local = f"{slug(given_latin)}.{slug(family_latin)}"
    if company:
        domain = f"{slug(family_latin)}{rng.choice(('', '-trade', '-group', 'shop'))}.{c.tld}"
        emails = [(f"{slug(given_latin)[:1]}.{slug(family_latin)}@{domain}", "work")]
        if rng.random() < 0.35:
            emails.append((f"{rng.choice(('billing', 'accounts', 'orders'))}@{domain}", "billing"))
    else:
        emails = [(f"{local}@{rng.choice(c.mail)}", "personal")]
        if rng.random() < 0.2:
            emails.append((f"{local}{rng.randint(1, 99)}@{rng.choice(c.mail)}", "old address"))
    phones = [(_phone(rng, c.phone), "mobile")]
    if rng.random() < 0.45:
        phones.append((_phone(rng, c.phone), "office" if company else "home"))
    return Person(name, company, address, tuple(emails), tuple(phones))


def _phone(rng: random.Random, prefix: str) -> str:
    return f"{prefix} {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


STAFF = (
    ("Anna Weber", "anna@example.com"),
    ("Tomás Ruiz", "tomas@example.com"),
    ("Kevin Doyle", "kevin@example.com"),
    ("Mei Lin 林美", "mei@example.com"),
    ("Fatima El Amrani", "fatima@example.com"),
    ("Олег Петров", "oleg@example.com"),
)
# How much each staff member (by position) shifts a customer's mood: the third is the friction.
STAFF_MOOD_BIAS = (0.15, 0.0, -0.8, 0.25, -0.1, 0.05)

# fmt: off

# Series of (name, category, description, target value, unit); two series have an older version.
STANDARDS = (
    (("Delivery time", Category.SPEED, "Deliver within 3 working days", 3.0, TU.WORKING_DAYS),
     ("Delivery time", Category.SPEED, "Deliver within 2 working days", 2.0, TU.WORKING_DAYS)),
    (("Email replies", Category.COMMUNICATION, "Reply within 48 hours", 48.0, TU.HOURS),
     ("Email replies", Category.COMMUNICATION, "Reply within 24 hours", 24.0, TU.HOURS)),
    (("Call-backs", Category.COMMUNICATION, "Return missed calls within 4 hours", 4.0, TU.HOURS),),
    (("Goods undamaged", Category.QUALITY, "At most 1% of items damaged", 1.0, TU.PERCENT),),
    (("Complete orders", Category.QUANTITY, "Ship 98% of order lines complete", 98.0, TU.PERCENT),),
    (("Quotes honoured", Category.PRICE, "Quoted prices hold for 30 days", 30.0, TU.DAYS),),
    (("Returns accepted", Category.OTHER, "Unused goods returnable for 30 days", 30.0, TU.DAYS),),
)

PRODUCTS = _words(
    "oak_shelving_units boxes_of_A4_copy_paper espresso_beans_(1_kg) LED_panel_lights "
    "M8_stainless_bolts olive_oil_tins_(5_l) office_chairs toner_cartridges cotton_T-shirts "
    "rolls_of_packing_tape ceramic_floor_tiles garden_hoses winter_tyres laptop_stands "
    "herbal_tea_assortments steel_cable_drums pallet_wrap_rolls dish_racks safety_gloves "
    "wall_calendars kraft_mailer_boxes glass_jars hand_soap_refills workbench_lamps"
)
SOURCES = _words("referral website trade_fair cold_call walk-in LinkedIn newsletter marketplace")
WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

# Placeholders: {p} product, {q} quantity, {o} order number, {d} a day, {n} a document number,
# {n2} a few days, {t} a tracking number.
# topic: (summaries, note openings)
TOPICS = {
    "order": (("Order placed", "Repeat order", "New order by phone", "Order by email"),
              ("Ordered {q} {p} for delivery next week.",
               "Placed the usual monthly order: {q} {p}.",
               "Wants {q} {p}; confirmed stock and price.", "Order {o}: {q} {p}, split delivery.")),
    "delivery": (("Asked about delivery", "Delivery date question", "Where is my order?"),
                 ("Asked when order {o} arrives.", "Chasing the {p}; checked tracking with them.",
                  "Wanted the delivery moved to the afternoon.")),
    "invoice": (("Invoice question", "Payment reminder", "Billing address change"),
                ("Questioned a line on invoice {o}.", "Payment for {o} is two weeks late.",
                 "Needs invoices sent to the accounts address from now on.")),
    "quote": (("Quote requested", "Price enquiry", "Volume pricing"),
              ("Asked for a quote for {q} {p}.", "Compared our price for {p} with a competitor.",
               "Wants a volume price from {q} units.")),
    "problem": (("Problem reported", "Damaged goods", "Wrong item delivered"),
                ("Reports that some {p} from {o} arrived damaged.",
                 "Received {p} instead of the ordered item.",
                 "Says {o} was short by a few units.")),
    "checkin": (("Check-in", "Courtesy call", "Visit at their premises", "Catch-up"),
                ("Regular check-in; business is steady.",
                 "Walked through their stock room; they may need more {p}.",
                 "Talked about their plans for next season.")),
    "question": (("Product question", "Technical question", "Samples requested"),
                 ("Asked whether the {p} come in other sizes.", "Needs the data sheet for {p}.",
                  "Would like samples of the new {p}.")),
}
TOPIC_NAMES = tuple(TOPICS)
MOOD_LINES = {
    -2: ("Very angry; threatened to take the business elsewhere.",
         "Shouted on the phone and hung up once.",
         "Hostile from the first minute; demanded to speak to the owner."),
    -1: ("Irritated; said this keeps happening.", "Short-tempered and impatient.",
         "Unhappy but willing to listen."),
    0: ("Businesslike.", "", "Neutral, to the point."),
    1: ("Friendly as usual.", "In a good mood; asked about our new range.", "Relaxed and polite."),
    2: ("Delighted; said they would recommend us.", "Very happy with the last delivery.",
        "Thanked the team warmly."),
}
CLOSERS = ("Follow up on {d}.", "Sent a confirmation by email.", "", "Noted in the order file.",
           "Will call back once the goods are in.", "Passed on to the warehouse.", "")

# promise category: (texts, evidence when kept)
PROMISES = {
    Category.SPEED: (("Deliver {q} {p} by {d}", "Ship order {o} by {d}",
                      "Express delivery of {p} by {d}"),
                     ("delivery note {n}", "tracking {t}", "signed delivery note DN-{n}")),
    Category.QUALITY: (("Replace the damaged {p}", "Check every {p} before dispatch",
                        "Send a replacement for the faulty {p}"),
                       ("photos of the goods before dispatch", "inspection sheet QC-{n}")),
    Category.QUANTITY: (("Ship the missing {q} {p}", "Deliver the full {q} {p} in one go"),
                        ("packing list PL-{n}: all lines complete", "delivery note {n}")),
    Category.COMMUNICATION: (("Call back with a quote for {p}", "Send the updated invoice for {o}",
                              "Confirm the delivery date by email"),
                             ("email sent, see thread {o}", "call logged")),
    Category.PRICE: (("Hold the quoted price for {p} for 30 days",
                      "Apply the volume discount on the next invoice",
                      "Credit the price difference on {o}"),
                     ("invoice {o} shows the quoted price", "credit note CN-{n}")),
    Category.OTHER: (("Send samples of {p}", "Arrange a visit to show the new {p}"),
                     ("samples sent, tracking {t}", "visit took place")),
}
BROKEN_EVIDENCE = ("delivered {n2} days late per tracking {t}", "only part of {o} delivered",
                   "no record that it was done", "customer had to chase twice")
RENEGOTIATED_EVIDENCE = ("customer agreed a new date by phone", "supplier delay; new date agreed")
CANCELLED_EVIDENCE = ("order cancelled by the customer", "no longer needed")

CLAIMS = {
    ClaimCategory.QUALITY: ("Half of the {p} arrived scratched.",
                            "The {p} stopped working after a week.",
                            "Finish of the {p} is not what the sample showed."),
    ClaimCategory.SPEED: ("Order {o} arrived {n2} days later than promised.",
                          "Still waiting for the {p} promised for last week."),
    ClaimCategory.QUANTITY: ("Delivery short by {q} {p}.", "Order {o} was missing two lines."),
    ClaimCategory.PRICE: ("Invoice {o} shows a higher price than quoted.",
                          "Charged for express delivery that was not ordered."),
    ClaimCategory.CONDUCT: ("Driver was rude at the loading dock.",
                            "Says our staff hung up on them.",
                            "Felt talked down to on the phone."),
    ClaimCategory.OTHER: ("Wrong colour delivered.", "Invoice sent to the wrong address."),
}
VERDICT_NOTES = {
    Verdict.PENDING: ("",),
    Verdict.SUBSTANTIATED: ("Tracking confirms it; our fault.", "Warehouse admits the mistake.",
                            "Checked the records: the customer is right."),
    Verdict.PARTLY: ("Some units affected, not all.", "Late, but by one day rather than three."),
    Verdict.UNSUBSTANTIATED: ("Delivery note signed without remarks.",
                              "Photos at dispatch show the goods intact.",
                              "Price matches the signed quote."),
    Verdict.UNDETERMINABLE: ("No photos and goods already used; cannot tell.",
                             "Conflicting accounts; no record either way."),
}

# (kind, text, category of a standard it touches or None)
REQUESTS = (
    (RequestKind.EXTRA, "Free gift wrapping for {q} {p}", None),
    (RequestKind.EXTRA, "Express delivery of {p} at no charge", Category.SPEED),
    (RequestKind.EXTRA, "Install the {p} on site", None),
    (RequestKind.EXTRA, "Weekly stock report by email", Category.COMMUNICATION),
    (RequestKind.RENEGOTIATION, "60-day payment terms instead of 30", Category.PRICE),
    (RequestKind.RENEGOTIATION, "Lower the agreed price of {p} by 10%", Category.PRICE),
    (RequestKind.RENEGOTIATION, "Smaller minimum order for {p}", Category.QUANTITY),
    (RequestKind.EXCEPTION, "Return {p} after the 30-day window", Category.OTHER),
    (RequestKind.EXCEPTION, "Delivery on a Sunday", Category.SPEED),
    (RequestKind.EXCEPTION, "Pay cash on delivery just this once", None),
    (RequestKind.OTHER, "A printed catalogue", None),
    (RequestKind.OTHER, "Invoices split by department", Category.COMMUNICATION),
)
JUDGMENT_NOTES = {
    Judgment.PENDING: ("",),
    Judgment.WITHIN_STANDARD: ("Our standard covers this.", "Reasonable; routine for us."),
    Judgment.CHARGEABLE_EXTRA: ("Possible for a surcharge.",
                                "Fair ask, but it costs us; quote it."),
    Judgment.UNREASONABLE: ("Far outside what we offer any customer.",
                            "Would lose money on every order."),
}
INSIGHT_NOTE = " Several customers ask this; consider making it standard."

# theme: (complaint, suggestion, praise)
FEEDBACK = {
    "delivery speed": ("Deliveries take too long lately.", "Offer next-day delivery.",
                       "Delivery was faster than expected."),
    "packaging": ("Too much plastic in the packaging.", "Use recyclable boxes.",
                  "Everything arrived well packed."),
    "invoice clarity": ("Cannot match the invoice lines to the order.",
                        "Put the order number on every invoice.",
                        "Invoices are clear and easy to file."),
    "product quality": ("Quality has dropped since spring.", "Stock a premium range.",
                        "The quality is consistently good."),
    "staff": ("Nobody calls back when promised.", "Give every customer one contact person.",
              "Always friendly and helpful on the phone."),
    "website": ("The order form loses the basket.", "Show stock levels online.",
                "Easy to reorder online."),
    "price": ("Prices went up without notice.", "Offer a loyalty discount.",
              "Fair prices for the quality."),
    "returns process": ("Returns take weeks to be credited.", "Include a return label.",
                        "The return was handled quickly."),
}
FEEDBACK_KINDS = (FeedbackKind.COMPLAINT, FeedbackKind.SUGGESTION, FeedbackKind.PRAISE)
THEMES = tuple(FEEDBACK)

EFFORT = ("Rework on order {o}", "Re-issued invoice {o}", "Prepared a custom quote",
          "Extra quality check before dispatch", "Sorted out a delivery address mix-up")
CUSTOMER_NOTES = {
    "easy": ("Pays on time.", "Prefers email.", "Long-standing customer.", "Orders mostly online."),
    "demanding": ("Wants confirmation of every step.", "Compares prices often.",
                  "Prefers phone calls."),
    "difficult": ("Disputes most invoices.", "Insists on speaking to the owner.",
                  "Check order details twice before shipping.", "Pays late."),
}
DECISION_REASONS = {
    DecisionAction.KEEP: ("Good customer; keep and nurture.",
                          "Valuable despite the occasional friction."),
    DecisionAction.WATCH: ("Claims piling up; keep an eye on it.",
                           "Several unreasonable requests lately."),
    DecisionAction.REPRICE: ("Cost to serve far above what they bring; new price list.",
                             "Small orders with many changes; minimum order fee from now on."),
    DecisionAction.REFER: ("We cannot serve what they need well.",),
    DecisionAction.DECLINE: ("Repeated unsubstantiated claims and abusive calls.",),
}
REFERRALS = (("Nordlicht Supplies", "small urgent orders"),
             ("Castello Trading", "custom one-off pieces"),
             ("Harbour Wholesale", "very large volumes at low margins"))
REFERRAL_MESSAGE = (
    "Dear {name},\n\nthank you for the trust you have placed in us. Having looked carefully at "
    "what you need, we believe {to} can serve you better: they specialise in {what}. We have told "
    "them you may be in touch and are glad to pass on your order history.\n\n"
    "With best wishes,\n{staff}"
)
# fmt: on
