//! Language identification for customer feedback: is a text English, Finnish or Russian (the
//! languages the analyser supports), another language, or too short to tell? Certain signals
//! (script, letters, word lists, word shapes) are combined with whatlang over a few candidates.

use std::fmt;
use std::str::FromStr;

/// Language of a text, as the analyser uses it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Finnish.
    Fi,
    /// Russian.
    Ru,
    /// A language the analyser does not support (Swedish, Estonian, Ukrainian, …).
    Other,
    /// Too little evidence to tell (empty text, digits, emoji, a single very short word).
    Unknown,
}

impl Lang {
    /// The languages the analyser supports, in a fixed order.
    pub const SUPPORTED: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Ru];

    /// Short lowercase code: `"en"`, `"fi"`, `"ru"`, `"other"` or `"unknown"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Ru => "ru",
            Lang::Other => "other",
            Lang::Unknown => "unknown",
        }
    }

    /// Parses a language code, case-insensitively.
    ///
    /// Accepts the codes of [`Lang::code`], ISO 639-1/639-3 codes and English names of the
    /// supported languages (`"en"`, `"eng"`, `"english"`, …), and a region suffix such as
    /// `"en-GB"` or `"fi_FI"`. Any other code that looks like an ISO 639-1 or 639-3 code (two or
    /// three letters, e.g. `"sv"`, `"deu"`) gives `Some(Lang::Other)`; an empty or malformed code
    /// gives `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        // Primary subtag of a BCP 47-like tag ("en-GB", "fi_FI").
        let primary = code.split(['-', '_']).next().unwrap_or("");
        if primary.is_empty() || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let lower = primary.to_ascii_lowercase();
        let lang = match lower.as_str() {
            "en" | "eng" | "english" => Lang::En,
            "fi" | "fin" | "finnish" => Lang::Fi,
            "ru" | "rus" | "russian" => Lang::Ru,
            "other" => Lang::Other,
            "unknown" | "und" => Lang::Unknown,
            _ if (2..=3).contains(&lower.len()) => Lang::Other,
            _ => return None,
        };
        // A region or script suffix only makes sense after a language code.
        if primary.len() != code.len() && !(2..=3).contains(&primary.len()) {
            return None;
        }
        Some(lang)
    }

    /// Whether this is one of [`Lang::SUPPORTED`].
    pub fn is_supported(self) -> bool {
        matches!(self, Lang::En | Lang::Fi | Lang::Ru)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Error of parsing a [`Lang`] from a string that is not a language code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseLangError {
    input: String,
}

impl fmt::Display for ParseLangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a language code: {:?}", self.input)
    }
}

impl std::error::Error for ParseLangError {}

impl FromStr for Lang {
    type Err = ParseLangError;

    /// Parses with [`Lang::from_code`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| ParseLangError {
            input: s.to_string(),
        })
    }
}

/// Result of language detection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LangGuess {
    /// The language, as the analyser uses it.
    pub lang: Lang,
    /// How sure the detector is of `lang`, in `[0, 1]`; low for short or ambiguous texts and 0
    /// for texts without letters.
    pub confidence: f32,
    /// ISO 639-1 code of the detected language when known (e.g. "sv", "uk", "de"); Some("en") etc. for supported ones
    pub detected: Option<&'static str>,
}

/// Language detector. Holds configuration only (there is currently nothing to configure); it is
/// cheap to create, and detection keeps no state between calls.
#[derive(Debug, Clone, Default)]
pub struct LangDetector {
    _private: (),
}

/// Texts are analysed up to this many bytes (cut at a character boundary).
const MAX_BYTES: usize = 500;

// ---------------------------------------------------------------------------------------------
// Candidate languages. Latin and Cyrillic texts are scored over these; `Xl`/`Xc` stand for "some
// other language of that script", reached only through letters none of the candidates uses.
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cand {
    En,
    Fi,
    Et,
    Sv,
    De,
    Es,
    Fr,
    It,
    Pt,
    Nl,
    Pl,
    Da,
    Nb,
    Tr,
    Xl,
    Ru,
    Uk,
    Bg,
    Be,
    Sr,
    Mk,
    Xc,
}

const NCAND: usize = 22;

const LATIN: [Cand; 15] = [
    Cand::En,
    Cand::Fi,
    Cand::Et,
    Cand::Sv,
    Cand::De,
    Cand::Es,
    Cand::Fr,
    Cand::It,
    Cand::Pt,
    Cand::Nl,
    Cand::Pl,
    Cand::Da,
    Cand::Nb,
    Cand::Tr,
    Cand::Xl,
];

const CYRILLIC: [Cand; 7] = [
    Cand::Ru,
    Cand::Uk,
    Cand::Bg,
    Cand::Be,
    Cand::Sr,
    Cand::Mk,
    Cand::Xc,
];

impl Cand {
    fn lang(self) -> Lang {
        match self {
            Cand::En => Lang::En,
            Cand::Fi => Lang::Fi,
            Cand::Ru => Lang::Ru,
            _ => Lang::Other,
        }
    }

    fn code(self) -> Option<&'static str> {
        Some(match self {
            Cand::En => "en",
            Cand::Fi => "fi",
            Cand::Et => "et",
            Cand::Sv => "sv",
            Cand::De => "de",
            Cand::Es => "es",
            Cand::Fr => "fr",
            Cand::It => "it",
            Cand::Pt => "pt",
            Cand::Nl => "nl",
            Cand::Pl => "pl",
            Cand::Da => "da",
            Cand::Nb => "nb",
            Cand::Tr => "tr",
            Cand::Ru => "ru",
            Cand::Uk => "uk",
            Cand::Bg => "bg",
            Cand::Be => "be",
            Cand::Sr => "sr",
            Cand::Mk => "mk",
            Cand::Xl | Cand::Xc => return None,
        })
    }

    fn whatlang(self) -> Option<whatlang::Lang> {
        use whatlang::Lang as W;
        Some(match self {
            Cand::En => W::Eng,
            Cand::Fi => W::Fin,
            Cand::Et => W::Est,
            Cand::Sv => W::Swe,
            Cand::De => W::Deu,
            Cand::Es => W::Spa,
            Cand::Fr => W::Fra,
            Cand::It => W::Ita,
            Cand::Pt => W::Por,
            Cand::Nl => W::Nld,
            Cand::Pl => W::Pol,
            Cand::Da => W::Dan,
            Cand::Nb => W::Nob,
            Cand::Tr => W::Tur,
            Cand::Ru => W::Rus,
            Cand::Uk => W::Ukr,
            Cand::Bg => W::Bul,
            Cand::Be => W::Bel,
            Cand::Sr => W::Srp,
            Cand::Mk => W::Mkd,
            Cand::Xl | Cand::Xc => return None,
        })
    }

    fn from_whatlang(l: whatlang::Lang) -> Option<Cand> {
        LATIN
            .iter()
            .chain(CYRILLIC.iter())
            .copied()
            .find(|c| c.whatlang() == Some(l))
    }
}

/// ISO 639-1 code of a whatlang language (`None` for the few without one).
fn iso639_1(l: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang as W;
    Some(match l {
        W::Epo => "eo",
        W::Eng => "en",
        W::Rus => "ru",
        W::Cmn => "zh",
        W::Spa => "es",
        W::Por => "pt",
        W::Ita => "it",
        W::Ben => "bn",
        W::Fra => "fr",
        W::Deu => "de",
        W::Ukr => "uk",
        W::Kat => "ka",
        W::Ara => "ar",
        W::Hin => "hi",
        W::Jpn => "ja",
        W::Heb => "he",
        W::Yid => "yi",
        W::Pol => "pl",
        W::Amh => "am",
        W::Jav => "jv",
        W::Kor => "ko",
        W::Nob => "nb",
        W::Dan => "da",
        W::Swe => "sv",
        W::Fin => "fi",
        W::Tur => "tr",
        W::Nld => "nl",
        W::Hun => "hu",
        W::Ces => "cs",
        W::Ell => "el",
        W::Bul => "bg",
        W::Bel => "be",
        W::Mar => "mr",
        W::Kan => "kn",
        W::Ron => "ro",
        W::Slv => "sl",
        W::Hrv => "hr",
        W::Srp => "sr",
        W::Mkd => "mk",
        W::Lit => "lt",
        W::Lav => "lv",
        W::Est => "et",
        W::Tam => "ta",
        W::Vie => "vi",
        W::Urd => "ur",
        W::Tha => "th",
        W::Guj => "gu",
        W::Uzb => "uz",
        W::Pan => "pa",
        W::Aze => "az",
        W::Ind => "id",
        W::Tel => "te",
        W::Pes => "fa",
        W::Mal => "ml",
        W::Ori => "or",
        W::Mya => "my",
        W::Nep => "ne",
        W::Sin => "si",
        W::Khm => "km",
        W::Tuk => "tk",
        W::Aka => "ak",
        W::Zul => "zu",
        W::Sna => "sn",
        W::Afr => "af",
        W::Lat => "la",
        W::Slk => "sk",
        W::Cat => "ca",
        W::Tgl => "tl",
        W::Hye => "hy",
        W::Cym => "cy",
        #[allow(unreachable_patterns)]
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Lexicons: frequent words of each candidate language (function words, everyday vocabulary and
// words common in customer feedback), whitespace-separated. A word may be listed for several
// languages; each listing adds the same weight, so shared words cancel out. The lists are merged
// into one sorted table at compile time.
// ---------------------------------------------------------------------------------------------

/// English.
const LEX_EN: &str = "\
the a an and or but if of to in on at by for with from about as into over after before than \
then so too very not no yes is are was were be been being am do does did done doing have has \
had having will would can could should shall may might must i me my mine myself you your yours \
yourself he him his himself she her hers herself it its itself we us our ours ourselves they \
them their theirs themselves this that these those there here what which who whom whose when \
where why how all any some every each more most much many other another such only just also \
even still again ever never always already yet now out up down off get gets got gotten getting \
make makes made making go goes going went gone come comes came coming know knows knew known \
knowing think thinks thought thinking want wants wanted wanting need needs needed like likes \
liked see sees saw seen seeing say says said saying take takes took taken taking give gives \
gave given giving use uses used using tell tells told try tries tried trying call calls called \
calling work works worked working wait waits waited waiting back well good great bad better \
best worse worst nice new old big small long little last first one two three four five six \
seven eight nine ten hundred thousand million time times day days week weeks today thing \
things way ways people person because while through without really please thanks thank hello \
order ordered orders ordering delivery deliveries delivered deliver shipping shipped shipment \
package packages parcel parcels item items product products refund refunds refunded return \
returns returned money price prices customer customers service services support help helped \
helping helpful app apps website site account payment payments paid pay card email emails \
phone quality slow fast late arrived arrive arrival received receive broken damaged wrong \
missing problem problems issue issues terrible awful horrible excellent amazing love loved \
loves happy unhappy disappointed disappointing recommend recommended easy staff store stores \
shop shopping size colour color everything nothing something anything sent send sending answer \
answered reply replied contact contacted tracking track update updated month months hour hours \
minute minutes year years don't can't won't didn't doesn't isn't wasn't aren't weren't haven't \
hasn't wouldn't couldn't shouldn't i'm it's i've i'd i'll that's there's you're they're we're \
you've let lets keep keeps kept put puts look looks looked looking find finds found feel feels \
felt left right same own under since until both few next yesterday tomorrow tonight morning \
evening afternoon night man men woman women house houses home car cars water food world life \
lives child children kid kids friend friends school book books room rooms someone somebody \
everyone everybody anyone anybody nobody place places name names word words question questions \
number numbers part parts hand hands eye eyes head face door doors city cities country \
countries family families father mother mom mum dad brother brothers sister sisters son \
daughter husband wife dog dogs cat cats tree trees away around though although however whether \
enough almost quite rather maybe perhaps anyway instead ago soon later early often sometimes \
usually together understand understood remember remembered believe believed happen happens \
happened live lived living play plays played playing read reading write writes wrote written \
writing speak speaks spoke spoken speaking talk talks talked talking ask asks asked asking \
show shows showed shown buy buys bought buying sell sells sold open opens opened close closes \
closed stop stops stopped start starts started starting leave leaves stay stayed eat eats ate \
eaten eating drink drinks drank sleep slept run runs ran running walk walks walked walking sit \
sat stand stood bring brings brought hear hears heard turn turned move moved moving pick \
picked hope hoped sure sorry okay wonderful beautiful poor useless rude friendly cheap \
expensive waste worth fine learn learned teach taught student students teacher teachers class \
lesson english language languages french german spanish russian finnish swedish music song \
songs movie movies film game games sport team ball job jobs office company business meeting \
meetings boss worker workers market bank restaurant hotel hospital doctor doctors police \
station street road roads train trains bus plane airport ticket tickets trip travel travelled \
holiday holidays vacation weather rain snow sun sunny cold hot warm cool wind summer winter \
spring autumn fall season birthday party gift present dinner lunch breakfast meal coffee tea \
milk bread meat fish chicken apple apples fruit vegetables rice egg eggs cheese sugar salt \
beer wine glass bottle cup plate table chair bed window wall floor kitchen bathroom garden \
clothes shirt shoes dress hat coat bag bags pocket key keys watch clock dollar dollars euro \
euros pound pounds computer computers internet phones message messages letter letters paper \
newspaper news story stories picture pictures photo photos camera television radio video \
videos different important possible impossible interesting difficult hard simple ready free \
full empty young tired hungry sick ill healthy strong weak rich clean dirty quiet loud dark \
light heavy busy angry afraid scared sad glad funny serious true false real whole half high \
low deep short tall fat thin large huge tiny special certain clear common public private \
national local international human natural social political economic red blue green yellow \
black white brown pink orange purple gray grey colors everywhere somewhere nowhere anywhere \
inside outside upstairs downstairs behind between among against along across toward towards \
during within beyond above below near far nearly exactly probably actually especially finally \
suddenly quickly slowly carefully easily certainly clearly simply truly totally completely \
absolutely definitely seriously honestly recently currently immediately tom mary john became \
become becomes becoming began begin begins beginning decide decided decision explain explained \
agree agreed allow allowed appear appeared build built carry carried catch caught change \
changed changes check checked choose chose chosen cleaned collect continue continued cook \
cooked cost costs count cover covered cross cry cried cut dance dealt describe die died dies \
dream dreamed dreamt drive drove driven driving drop dropped enjoy enjoyed enter entered \
expect expected fail failed fell fallen feed fight fought fill filled finish finished fix \
fixed fly flew follow followed forget forgot forgotten forgive grow grew grown guess guessed \
hang hate hated hit hold held hurt include included join joined jump kill killed kiss knock \
laugh laughed lay lead led lie lied lose lost marry married mean means meant meet met miss \
missed offer offered pass passed plan planned prefer prepare prepared promise promised prove \
pull pulled push pushed reach reached realize realized refuse remain repeat repeated rest ring \
rise rose save saved seem seemed seems serve set share shared shoot shout shut sing sang sign \
smell smile smiled solve sound sounds spend spent steal stole suggest suggested supply suppose \
surprise surprised swim tear throw threw touch treat trust visit visited vote wake woke wash \
washed wear wore win won wish wished wonder wondered worry worried act action activity add \
address advice age agent air alone amount animal appearance area arm army art article \
attention aunt average baby base bath battle beach bear beauty bedroom behaviour behavior bell \
bill bird bit blood board boat body bone border bottom box boy boyfriend brain branch brand \
bridge budget button cake campaign cancel cancelled canceled capital care career case cash \
cause center centre century chance chapter charge chief choice church circle citizen claim \
classic club coast code college community condition contract control conversation copy corner \
couple course court cousin cream crime crowd culture cupboard damage danger data date deal \
death debt degree delay delayed department design desk detail details development difference \
direction disaster discount distance drawer driver duty earth economy edge education effect \
effort election electricity element emergency end energy engine engineer entrance environment \
error event evidence exam example exchange exercise experience experiment expert explanation \
fact factory failure fan farm fashion fault fear feature fee feeling field figure finger fire \
flight flower focus foot football force forest form fortune frame freedom fridge friendship \
front future gas gate generation gentleman girl girlfriend goal god gold government \
grandfather grandmother grass ground group growth guard guest guide guitar gun habit hair hall \
health heart heat height hero history hole horse host idea image income increase industry \
information injury insurance interest interview invoice iron island jacket joke journey judge \
juice kind king knee knife knowledge lack lady lake land law lawyer leader leg level library \
lift limit line link list loan lock loss lot luck machine magazine mail manager manner map \
mark marriage match material matter meaning measure media medicine member memory menu mess \
metal method middle mind mirror mission mistake mixture model moment mood moon motor mountain \
mouse mouth movement murder muscle nature neck neighbour neighbor nerve network noise nose \
note notice novel object ocean officer oil opinion opportunity option owner pain painting pair \
panel parent parents park partner passenger passport past path patient pattern peace pen \
pencil percent period permission personality pet piano piece pilot pizza plant plastic player \
pleasure poem point policy pool population position post potato power practice presence \
president pressure prince prison prize process production professor profit program progress \
project property proposal protection purpose quantity queen race rate reason receipt record \
region relationship religion report request research resource response result review reward \
risk river rock role roof rule safety salad salary sale sand scene schedule science screen sea \
search seat second secret section security sense series session shape ship shock shoulder \
sight signal silence silver singer situation skill skin sky smoke society software soldier \
solution soul soup source space speech speed spirit square stage star state statement step \
stick stock stomach stone storm strategy strength stress structure stuff style subject success \
suit supermarket surface surgery survey system talent target task taste tax technology teeth \
telephone temperature term test text theory throat title tone tool tooth top topic tour town \
toy trade tradition traffic training transport trouble truck truth type uncle union unit \
university user value variety version victim view village violence voice volume war warning \
wave weakness wealth weapon wedding weekend weight wheel wing winner wood wool writer youth \
zone accept accepted access accident according achieve addition adult affect afford agency \
ahead aid aim alive alright analysis ancient announce annual anxious apart apparently \
appreciate approach approve argue arrange arrest artist asleep assume attack attempt attend \
attractive audience author available avoid awake aware awesome badly balance basic basically \
beat belong beside besides billion bite blame blind blow boring born borrow brave break breaks \
breath bright brilliant broad brush burn calm capable careful careless cheaper chemical \
chocolate cigarette civil clever climb cloud coach collection colleague comfortable comment \
commercial compare competition complain complaint complete complicated concern confirm \
confirmed confused connect connection consider contain content correct couch courage crazy \
create creative credit crowded cruel current cute daily dangerous dead dear decent declare \
defend deliberately delicious deny depend deposit depressed deserve desire destroy develop \
device digital direct disagree disappear discover discuss disease dislike distant divide \
divorce double doubt download dozen drama draw drug dry due dull dust eager earn eastern edit \
educated elderly elegant else embarrassed emotional employ employee encourage enemy enormous \
ensure entire equal escape essay estimate eventually evil exact except excited exciting excuse \
exist express extra extremely fair fairly faith fake familiar famous fantastic fashionable \
favourite favorite fellow female fence flat flexible foreign forever formal former forward \
fresh frightened fun further gain general generous gentle genuine giant global grab grade \
grand grateful guilty handle handsome happiness hardly harm hidden hide highly hire hobby holy \
honest hurry ideal ignore illegal imagine impress impressive improve incident incredible \
independent indeed indoor initial innocent insist install instance instructions intelligent \
intend invite jealous joint junior justice kindly label lazy leather legal lend less likely \
limited lonely loose lovely loyal lucky mad main major male manage massive mature maximum \
meanwhile medical mental mention mild military minor mobile modern moreover mostly narrow \
nasty naturally nearby neat necessary negative nervous neither nevertheless normal normally \
obvious obviously occasionally odd official online opposite ordinary original otherwise \
outdoor overall painful pale perfect perfectly permanent personal personally physical pleasant \
pleased plenty polite popular positive powerful practical precious pregnant pretty previous \
primary proper properly proud pure quick random rare rarely raw reasonable recent regular \
relaxed reliable relevant remote responsible ridiculous rough round royal rubbish sadly safe \
satisfied scary secure selfish senior sensible sensitive separate several severe sharp shy \
significant silly similar sincerely single slightly smart smooth soft solid spare specific \
spicy standard steady sticky stiff straight strange strict stupid successful sudden sufficient \
suitable super superb sweet tasty temporary thick thirsty tight tough typical ugly unable \
unfortunately unique unknown unless unlikely unusual upset urgent useful usual valuable \
various vast violent visible vital weird welcome western wet wide wild willing wise ability \
absence academic accent acceptable accommodation accompany accomplish accurate accuse \
achievement acid acknowledge acquire actor actress adapt addict additional adequate adjust \
administration admire admission admit adopt advance advanced advantage adventure advertise \
advertisement advise adviser affair afterwards agenda aggressive agreement agriculture airline \
airplane alarm album alcohol alien alike alley alliance ally alter alternative amateur \
ambition ambulance amuse analyse analyze anger angle ankle anniversary announcement annoy \
annoying anxiety apartment apologise apologize apology apparent appeal appetite applause \
appliance applicant application apply appoint appointment appropriate approval approximately \
arch architect architecture argument arise armed arms arrangement arrow artificial aside \
aspect assemble assembly assess assessment asset assignment assist assistance assistant \
associate association assumption assure atmosphere atom attach attachment attitude attorney \
attract attraction auction authority automatic automatically avenue award awareness awkward \
background backpack bacon bacteria badge bake baker bakery balcony bald ban banana band \
bandage bar barber bare barely bargain bark barn barrel barrier baseball basement basin basket \
basketball bat batch battery bay beam bean beard beast bedtime bee beef beg beginner behave \
belief belly belt bench bend beneath benefit berry bet bicycle bike bin biology birth biscuit \
bishop bitter blade blank blanket blast bleed blend bless blink block blog blond blonde bloom \
blouse blossom blunt blush boil bold bolt bomb bond bonus boot booth bother bounce bound \
boundary bow bowl boxing bracelet brake brass breast breathe breed breeze brick bride brief \
briefly broadcast broccoli brochure bronze brow bubble bucket buddy bug bulb bull bullet bump \
bunch bundle burden bureau burger burial burst bury bush butter butterfly buyer buzz cabin \
cabinet cable cafe cafeteria cage calculate calculation calendar calf calorie camp campus \
canal cancer candidate candle candy cannon canvas cap capacity captain caption capture carbon \
cardboard cargo carpet carriage carrot cart cartoon carve castle casual catalogue category \
cattle ceiling celebrate celebration celebrity cell cellar cement cemetery census ceremony \
certificate chain chairman chalk challenge champion championship channel chaos chapel \
characteristic charity charming chart chase chat cheek cheer cheerful chef chemistry cherry \
chess chest chew chick chin chip choir choke chop chorus chunk cigar cinema circus civilian \
clap clarify clash clause claw clay cleaner clerk click client cliff climate clinic clip cloth \
clothing clue cluster coal coin coincidence collar colony column comb combination combine \
comedy comfort command commander commission commit commitment committee communicate \
communication companion comparison compete competitive complex component compose composer \
concentrate concept concert conclude conclusion concrete conduct conference confess confidence \
confident conflict confront confusion congratulations congress conscious consequence \
conservative considerable consist consistent constant constantly construct construction \
consult consumer contemporary contest context continent continuous contrary contrast \
contribute contribution convenient convention convince cookie cooking cop cope copper cord \
core corn corporate corporation corridor costume cottage cotton cough council counter \
countryside county courtesy cow crack craft crash crawl creature crew cricket criminal crisis \
critic critical criticism criticize crop crown crucial crush crystal cucumber cultural cure \
curious curl curly currency curtain curve cushion custom cycle dairy dam damp dare darkness \
darling dash database dawn deadline deadly deaf dealer dean decade decay deck decline decorate \
decoration decrease deed defeat defence defense deficit define definition delete delicate \
delight demand democracy democratic demonstrate demonstration dense dentist departure depth \
deputy derive descend desert designer desperate despite dessert destination destruction \
detailed detective determine determined devil diagram dial dialogue diamond diary dictionary \
diet differ digest dignity dimension dine dip diploma diplomat dirt disability disabled \
disadvantage disagreement disappointment discipline disc disco discovery discrimination dish \
disk dismiss display dispute distinguish distribute distribution district disturb dive diverse \
diversity divine division dizzy dock document documentary domestic dominate donate donation \
dose dot doubtful dough dove downtown draft drag dragon drain drawing dresser drill drip drum \
drunk duck dump dusty eagle ear earring earthquake ease east easter economist editor educate \
efficiency efficient elbow elect electric electrical electronic elephant elevator eliminate \
embassy embrace emerge emotion emphasis empire employer employment enable encounter endless \
endure engage engagement enjoyable enquiry enrol entertain entertainment enthusiasm \
enthusiastic entry envelope equality equation equipment era erase essential establish estate \
eve evaluate evaluation evident exaggerate examination examine exception exceptional excess \
excessive exclude exclusive executive exhaust exhausted exhibit exhibition exile existence \
exit expand expansion expectation expedition expense explode exploration explore explosion \
export exposure extend extension extensive extent external extraordinary eyebrow fabric \
facility factor faculty fade faint fairy faithful fame fancy fantasy fare farmer farming \
fascinating fasten fatal fate favour favor feather federal feedback fever fiction fierce \
fighter file filter finance financial fingerprint firefighter firm fist fitness flag flame \
flash flavour flavor fleet flesh float flood flour flow fluent fluid flute fog fold folk \
folder fond font footage forecast forehead fork format formation formula fort fortnight forum \
fossil foundation fountain fox fraction fragment frank fraud freeze freezer frequency frequent \
frequently fright frog frost frozen fry fuel fulfil fulfill fund funeral fur furniture gallery \
gallon gambling gap garage garbage garlic gasoline gather gay gaze gear gene genius genre \
geography gesture ghost gifted ginger glance glimpse glove glow glue goat golf goodbye goods \
gorgeous gossip govern governor gown graduate graduation grain grammar grandchild \
granddaughter grandparent grandson grant grape graph graphic grasp grave gravity greet grief \
grill grin grind grip grocery gross grove guarantee guidance guideline guilt gulf gym habitat \
hallway halt hammer handbag handful handkerchief happily harbour harbor hardware harmony harsh \
harvest hatch haunted hay hazard headache headline headquarters heal heap heaven hedge heel \
helicopter hell helmet herb herd heritage hesitate highway hike hill hint hip historian \
historic historical hockey holder hollow homework honey honour honor hook horizon horn horror \
hostile hostage household housewife housing humour humor hunger hunt hunter hurricane hut \
hydrogen ice icon identical identify identity idiot illness illusion illustrate illustration \
imagination immigrant immigration impact implement implication imply import impose impression \
improvement inch incline index indicate indication individual indoors infant infection \
infinite inflation influence inform informal infrastructure ingredient inhabitant inherit \
initiative injection injure injured inn inner innovation input inquiry insect insert insight \
inspect inspection inspector inspiration inspire instant instinct institute institution \
instruction instructor instrument insult integrate integrity intellectual intelligence intense \
intensive intention interaction internal interpret interpretation interrupt interval \
intervention introduce introduction invasion invent invention inventory invest investigate \
investigation investment investor invitation involve involved ironic irony isolate isolated \
itch ivory jail jam jar jaw jazz jeans jelly jet jewel jewellery jewelry journalist joy \
judgement judgment jug jungle junk jury kettle keyboard kick kidnap kidney kilogram kilometre \
kilometer kingdom kit kitten knot lab laboratory ladder lamb lamp landlord landscape lane \
laptop laser latter laundry lawn layer leaf league lean leap lease lecture legacy legend \
legislation leisure lemon length lens leopard liberal liberty licence license lid lifestyle \
lifetime lighting lightning limb linen lion lip liquid listener liter litre literally literary \
literature lively liver load loaf lobby locate location locker log logic logical loop lord \
lorry lottery lounge lover luggage lump lung luxury lyrics magic magnet maid mainland maintain \
maintenance majority makeup mall mammal management mansion manual manufacture manufacturer \
marathon marble margin marine marker marketing mask mass master mate mathematics maths math \
mayor maze meadow meaningful measurement mechanic mechanism medal medium melody melon melt \
membership memorial merchant mercy mere merely merge merit metaphor meter metre microphone \
microwave midday midnight migration mile milestone mineral minimum minister ministry minority \
miracle misery misleading missile mist mix moderate modest modify moist moisture mole monitor \
monk monkey monster monument moral mortgage mosque mosquito moss motel moth motivate \
motivation motive motorcycle motorway mould mount mud mug multiple multiply mushroom musician \
mustard mutual mystery myth nail naked nap napkin narrative nation nationality native navy \
necessity necklace needle negotiate negotiation neighbourhood neighborhood nephew nest net \
newsletter nickname niece nightmare noble nod noon norm north northern notebook notion \
novelist nowadays nuclear nun nurse nursery nut nutrition oak oath obey objection objective \
obligation observation observe obstacle obtain occasion occupation occupy occur occurrence \
odour odor offence offense offensive offering offline omit onion operate operation operator \
opponent oppose opposition optimistic orbit orchestra organ organic organisation organization \
organise organize origin orphan outcome outfit outline output outstanding oven overcome \
overnight overseas overtime owe owl ownership oxygen pace pack packet pad paddle page paint \
painter palace palm pan pancake panic pants paperwork parade paragraph parallel pardon parking \
parliament participant participate particle particular particularly partly partnership pasta \
paste pastry patch patience patrol pause pavement paw peach peak peanut pear peasant \
pedestrian peel peer penalty penny pension pepper perceive perception perform performance \
perfume permit persist personnel perspective persuade petrol phase phenomenon philosophy \
photograph photographer phrase physician physics pickup picnic pie pier pig pigeon pile pill \
pillow pin pine pint pipe pirate pitch pity placement plain planet platform playground plea \
plead pledge plot plug plumber plus poet poetry poison poisonous pole polish poll pollution \
pond pony pop porch pork port portion portrait pose possess possession possibility postcard \
poster postpone pot pottery poverty powder praise pray prayer preach precise precisely predict \
prediction pregnancy premise premium preparation prescription presentation preserve press \
pretend prevent prevention preview previously pride priest primarily prime principal principle \
print printer priority privacy privilege probability procedure proceed producer profession \
professional profile programme prohibit promote promotion prompt pronounce pronunciation proof \
propaganda proportion prospect prosecutor protect protein protest province provision \
psychology pub publication publish publisher pudding pulse pump pumpkin punch punish \
punishment pupil puppet puppy purchase purse pursue puzzle pyramid qualification qualify \
quarrel quarter queue quit quiz quota quote rabbit racism rack radar radiation rage raid rail \
railway rainbow raise rally ranch range rank rat rating ray razor reader reality rebel recall \
receiver reception recession recipe recognition recognize recommendation recover recovery \
recruit rectangle recycle reduce reduction refer referee reference reflect reflection reform \
refugee regard regime register registration regret regulation rehearsal reign reject relate \
relation relative relax release relief relieve religious reluctant rely remark remarkable \
remedy reminder removal remove rent repair replace replacement reporter represent \
representative reproduce republic reputation requirement rescue reservation reserve residence \
resident resign resignation resist resistance resolution resolve resort respect respond \
responsibility restore restriction retail retain retire retirement retreat reveal revenge \
revenue reverse revolution rhythm rib ribbon rid riddle ride rider rifle rim riot rip ripe \
rival roast rob robbery robot rocket rod romance romantic roommate root rope rot rotate route \
routine row rub rug ruin ruler rumour rumor rural rush rust sack sacred sacrifice saddle sail \
sailor saint sake salmon salon sample sanction sandwich satellite satisfaction sauce saucepan \
sausage savings scale scan scandal scar scarf scatter scenario scenery scent scholar \
scholarship scientist scissors scope score scratch scream screw script sculpture seal seaside \
secretary sector seed seek segment seize seldom selection semester seminar senate senator \
sensation sentence sequence sergeant servant setting settle settlement sew sewing shade shadow \
shaft shallow shame shampoo shark shave shed sheep sheet shelf shell shelter shield shift \
shine shiny shore shortage shorts shot shovel shower shrink sibling sidewalk sigh silk sink \
sip sir siren sketch ski skirt skull slam slave slice slide slip slipper slope slot smash \
snack snake sneeze snap soap soccer sock sofa softly soil solar sole solicitor someday somehow \
somewhat sophisticated sore sorrow sort span spark sparkling speaker spear specialist species \
specify spectacular spectator speculate spell spelling sphere spice spider spill spin spine \
spiral spit spite splash split spoil sponsor spoon sporting spot spouse spray spread squad \
squeeze stable stadium stain stair staircase stake stall stamp stance statue status steak \
steam steel steep steer stem stereo steward sting stir stitch stool storage stove strain \
strand straw strawberry stream stretch strike string strip stripe stroke stroll struggle \
studio stuck stun submit subscription subsequent substance substitute subtle suburb subway \
succeed sue suffer suicide suitcase sum summary summit sunlight sunrise sunset sunshine supper \
supplement supporter suppress supreme surgeon surname surround surrounding survival survive \
survivor suspect suspend suspicion suspicious sustain swallow swamp swap swear sweat sweater \
sweep swing switch sword symbol sympathy symptom syndrome tablet tackle tag tail tailor tale \
talented tank tap tape tariff teaspoon technical technique teenager telescope temple tempt \
tenant tend tendency tender tennis tension tent terminal terrain terrific territory terror \
terrorism terrorist textbook texture thankful theatre theater theft theme therapy thereby \
thesis thief thigh thread threat threaten thrill thriller throne thumb thunder tick tide tidy \
tie tiger tile timber tin tip tissue toast tobacco toddler toe toilet tolerate toll tomato \
tomb ton tongue tonne torch tornado tortoise toss tourism tourist tournament towel tower toxic \
trace tractor trader tragedy tragic trail trailer transaction transfer transform transition \
translate translation transmission transparent trap trash tray treasure treatment treaty \
tremendous trend trial triangle tribe tribute trick trigger trim trophy tropical trousers \
trunk tube tuck tuition tummy tune tunnel turkey turtle tutor twin twist umbrella \
uncomfortable unconscious underground underline understanding underwear unemployed \
unemployment unfair uniform unite unity universe unlock unpleasant upgrade upper upright urban \
urge usage utility vacuum vague valid valley van vanilla vanish variable vegetable vehicle \
veil vein velvet vendor venture venue verb verdict verse vessel veteran vice victory viewer \
viewpoint villa vinegar violin virgin virtual virtue virus visa vision visitor visual vitamin \
vocabulary volcano volunteer voter voyage wage wagon waist waiter waitress wallet wander \
wardrobe warehouse warmth warrior wartime wary wasp watermelon wax wealthy weave web weed \
welfare whale wheat wheelchair whip whisper whistle wholesale widow width wildlife willow wire \
wisdom witch withdraw witness wolf wooden workshop worm worship wound wrap wreck wrist yard \
yarn yawn yell yogurt youngster zero zoo accidentally accordingly accurately adequately \
afterward alongside altogether annually beautifully bravely brightly broadly busily calmly \
casually cheerfully closely comfortably commonly comparatively correctly deeply directly \
distinctly dramatically eagerly effectively elsewhere entirely equally essentially evenly \
excitedly explicitly faithfully firmly formally formerly fortunately freely fully gently \
genuinely gladly gradually greatly heavily hopefully hugely increasingly incredibly \
independently individually initially instantly intentionally internationally jointly largely \
lately lightly likewise loudly lovingly luckily mainly mentally mildly necessarily neatly \
nicely nonetheless notably noticeably officially openly originally partially patiently \
permanently physically plainly politely poorly positively possibly potentially presumably \
privately promptly publicly purely quietly randomly rapidly readily reasonably regularly \
relatively reluctantly remarkably repeatedly respectively roughly rudely safely scarcely \
separately sharply shortly significantly silently similarly smoothly socially solely \
specifically steadily strictly strongly subsequently successfully sufficiently supposedly \
surely surprisingly temporarily terribly thankfully thereafter thoroughly tightly \
traditionally typically ultimately unexpectedly uniquely unusually urgently utterly vastly \
virtually warmly weekly widely wildly wisely worldwide yearly abandon absorb abuse accelerate \
accumulate ache adore alert amaze amend anticipate applaud assert assign bang bathe bind boast \
boost bore brag brew bribe browse cast cater cheat classify cling collapse compile complicate \
compress comprise compute conceal condemn confine confuse conquer consent conserve console \
consume contemplate contradict convert convey cooperate coordinate correspond counsel creep \
criticise curse debate deceive dedicate delegate demolish depart depress despise detect devote \
dig diminish disappoint discourage dissolve distract dread drift drown dwell embarrass \
emphasise enclose endanger endorse enforce enhance enlarge enquire entail equip erect evacuate \
evaporate evolve exceed excite execute expire exploit expose extract facilitate fetch fit \
flatter flee flip fool frighten frown function gamble gasp generate glare glide grieve groan \
haunt heighten highlight hop hug hum ignite imitate imprison induce indulge infect infer \
inhabit inject instruct insure interfere invade irritate jog juggle justify kneel knit launch \
lick linger listen lower manipulate march memorise mend mislead moan mourn mow nominate notify \
nourish oblige offend overlook overtake pinch pour practise precede presume prevail produce \
propose provide provoke react realise reassure rebuild recite reckon recognise reconcile \
refresh regulate rehearse reinforce rejoice remind render renew repay require resemble reside \
restrict resume retrieve revise revive ripen roar roll satisfy scare scold scrape select shake \
shiver shove shrug simplify sin skip slap sniff soak sob sow sparkle stab stack stare \
stimulate strengthen study subtract suck summarise supervise surrender sway swell tease \
terrify thaw thrive tickle tire tow tremble tumble undergo undertake undo unfold unpack \
utilise vary verify warn weaken weep weigh wink wipe withstand wrestle yield zoom arose awoke \
beaten begun bent bitten bled blew blown bred broke burnt bust clung crept dug drawn drew \
dwelt fed fled flown forbade forgave froze hid hung knelt laid lain leant leapt lent lit \
mistook mistaken overcame proved rang risen rode rung sank sewn shaken shone shook shrank slid \
slung sought sown spat spilt sprang stolen struck stung stunk strove sung sunk swept swam \
swollen swore sworn swung thrown torn tore trod woken worn wove woven wrung whoever whatever \
whenever wherever whichever hence thus therefore furthermore upon whereas whilst amid amongst \
unto via versus per throughout underneath onto aboard abroad absent absurd abundant academy \
accessible accessory accidental accountant accounting ace acre acting active actively activist \
actual adjacent admiral adolescent adorable advocate aerial affection affordable aged \
aggression agony agreeable aisle alcoholic algebra alpha alphabet aluminium aluminum amazed \
amazingly ambassador ambitious ambush amusement amusing anchor angel animated annoyed antique \
ape apparatus apron aquarium arena arguably armchair aroma arrogant artwork ash ashamed \
assault assertion astonishing athlete athletic atlas attic auntie authentic autograph \
autonomous avocado await axe axis babe babysitter backyard bacterium badminton baggage bait \
balanced ballet balloon ballot bamboo bandit banker banner banquet bartender bathtub batter \
battlefield beaver beetle beggar behalf beloved beneficial beverage bias bible bid bikini \
billboard biography biological bizarre blackboard bleak blizzard blueberry bodyguard bonfire \
booklet bookshelf bookstore boom boredom bossy botanical boulevard bouquet boutique boxer \
bracket brainstorm brainy bravery breadth breakdown breakthrough breathing bribery brisk broom \
brownie bruise brunch brutal bubbly bulk bulky bully bunny burglar burglary butcher buttock \
cabbage cactus calculator camel camping cancellation canyon capsule caravan cardigan caretaker \
carnival carpenter cashier casino cassette casualty catastrophe caterpillar cathedral cautious \
cave celery cellphone cello centimetre centimeter cereal chairperson chamber chameleon \
champagne chandelier charcoal charger chauffeur checkout cheeky cheerleader cheetah chemist \
chestnut chilly chimney chimpanzee chopsticks chubby cider cinnamon citrus clarinet classmate \
classroom cleanliness cliché cloakroom clockwise closet cloudy clown clumsy coastline cobweb \
cockroach coconut coffin cog coherent coke collaborate collision comedian comet comic commute \
commuter compact compass compassion compatible competent complement compliment composition \
compulsory comrade concise condo conductor confectionery conscience considerate consonant \
constitution consultant container contestant contractor controversial convenience cooker \
cooler cork corkscrew correspondent cosmetics costly cosy cozy councillor counselor courtyard \
cowboy crab cracker cradle cramp crane crayon creek crib crisp crocodile crossroads crossword \
crow cruise crumb crunchy cub cuddly cuisine cultivate cupcake curator curiosity cursor \
cutlery cyclist daffodil daisy dancer dandelion dated daytime dazzling debit deer defiant \
delighted demanding denim deodorant depressing deprived detergent devoted diabetes dialect \
diameter diaper dice diesel diligent dim dime diner dinosaur diplomatic dire disagreeable \
disciple disgusting dishwasher dismal disposable distinct diving doctorate dodgy doll dolphin \
dome donkey doorbell doorstep dormitory doughnut downhill dreadful dreamy drizzle drowsy \
drummer dryer duckling duct dumb dummy dune dungeon duration dusk duster duvet dwarf dye \
earphones earthworm easel eccentric eclipse ecology edible eel eerie eggplant elastic \
electrician elf elk embarrassing emerald emigrate emperor encyclopedia endangered energetic \
engineering enjoyment entrepreneur envious envy epidemic episode equator eraser errand \
escalator espresso eternal ethnic everyday exhausting exotic expired explorer exterior eyelash \
eyelid fabulous facial factual fairground falcon farewell farmhouse fascinated fatigue faucet \
favourable fearful fearless feast feeble feminine ferry festival fiancé fiddle fig filthy \
finch fireplace firewood fireworks fishing fishmonger fixture flamingo flashlight flask flea \
flipper florist flu fluffy flutter foal foggy foil follower fondue foolish footpath footprint \
footstep forearm foreigner forgetful forklift fortunate fragile fragrance frantic freckles \
freeway freight fries frightening frizzy frosty frugal fruity frustrated frying funky funnel \
furious furry fuzzy gadget galaxy gardener gardening garment gateway gauge geometry germ \
giggle gigantic giraffe glacier gladiator glamorous glasses glittering gloomy glorious glossy \
goalkeeper goggles goldfish goose gorilla graceful gracious gradual grandma grandpa granny \
grapefruit grassy gravel gravy greasy greedy greenhouse greeting grizzly groceries groom \
grumpy guardian guava guinea guitarist gullible gum gutter gymnasium haircut hairdresser hairy \
halfway ham hamburger hammock hamster handbook handmade handshake handwriting handy hanger \
hardworking harmful harmless harp hatred hawk hazelnut headphones headset hearing heartbeat \
heater heatwave hedgehog heir helper helpless hen heroic heron hiccup hiker hilarious hippo \
hitchhike hive homeless homemade honeymoon hood hoof hooray hopeful hopeless horrified hose \
hospitable hostel hourly housekeeper hover hula humble humid hummingbird hurdle hurtful hyena \
hygiene hymn iceberg icy idle igloo ignorant imaginary immature immense impatient impolite \
inbox incomplete inconvenient incorrect indigo inexpensive infamous influential informative \
ingenious inhale inkjet insane insecure inspiring intentional interior intermediate intern \
internship interpreter intimate intruder invalid invisible inward irrelevant irresponsible \
itchy itinerary jackpot jaguar janitor jellyfish jersey jigsaw jockey jogging jolly joyful \
juggler juicy jumper jumpy junction juvenile kangaroo karate kayak keen kennel ketchup keyhole \
kiosk kite kiwi knapsack knight knuckle koala lace ladybug lagoon landlady landmark landslide \
lantern lap laughter lava lavender lawnmower leaflet leash leek leftover legible lemonade \
lenient lettuce lever librarian lifeguard lighthouse likeable lilac lily limousine limp \
linguist lioness lipstick liquor listless literate lizard llama lobster lodge lofty lollipop \
lonesome loudspeaker lousy loveable lukewarm lullaby lumber lunchbox luxurious macaroni \
machinery mackerel madam magician magnificent magpie mailbox mailman makeover mango manicure \
mantle maple marmalade marsh mascara mascot mathematician mattress meatball mechanical \
mediocre melancholy memorable menacing mermaid messenger messy metallic meteor microscope \
midfielder midwife mighty milkshake mindful miniature minibus miserable mischievous mitten \
moccasin monastery monsoon moody moose mop mosaic motivated motorbike mountainous mousse \
moustache mouthful mouthwash muddy muffin mule mumps murky muscular museum mushy musical \
mussel mustache mysterious nanny nasal naughty nausea navigate nearsighted nectar needy \
negligent neighbourly newborn newcomer nibble nightgown nightly nimble noisy nonsense noodle \
northeast northwest nostril nosy notepad nourishing novice nozzle numb nutmeg nylon oatmeal \
obedient oblong observant obsolete octopus oddly offbeat offspring oily ointment olive \
omelette onward opaque opera optician optimist orangutan orchard orchid ostrich otter outgoing \
outlet outrageous oval overcast overcoat overdue overweight overwhelm oyster pacifier padlock \
paintbrush pajamas pal palette pamphlet panda panther pantry papaya parachute paramedic \
parasol parrot parsley partial passionate password pastel pasture patio peacock peaceful \
pebble pecan pedal pediatrician pelican penguin peninsula penknife peppermint perch percussion \
perky persistent pessimist pest petal pharmacist pharmacy pheasant photocopy pianist pickle \
piglet pillar pilgrim pineapple pinwheel pistachio pitcher placid plaid plank plaster playful \
playmate pliers plum plumbing plump plural poached pocketbook podium polar pollen pompous \
poncho poodle popcorn poppy popsicle porcupine porridge portable postman potent pouch poultry \
pounce prawn pretzel primate prism productive prune puddle puffin punctual puzzled pyjamas \
quack quail quaint quarantine queasy quench quilt quirky raccoon racket radiant radish raft \
raincoat raindrop rainforest rainy raisin rake rambunctious rapid raspberry rattle raven \
realistic rebellious receptionist rechargeable recipient reckless recliner rectangular \
recyclable refreshing refrigerator regretful reindeer relaxing renovate rental reptile \
resourceful respectful restless restroom retired rhino rhinoceros rhyme rigid ringtone rinse \
risky roadside roaring robin rocky rodent rooftop rooster rosy rowboat rowdy rucksack ruddy \
rugby rugged runway rusty safari sailboat salesman salty sandals sandcastle sandy sapphire \
sassy satin sauna savory scallop scarecrow scenic scientific scooter scorpion scrambled \
scrapbook screwdriver scrub scuba seafood seagull seahorse seashell seasick seasoning seatbelt \
seaweed secondhand secretive seesaw selfie sentimental serene sewer shabby shaggy shapeless \
sharpener shears sheepish shepherd sheriff shipwreck shoelace shopkeeper shortcut shrewd \
shrimp shrub sickly silent silky sincere skateboard skeleton skeptical sketchy skillful skinny \
skyscraper sleepy sleeve slender slim slimy slippery sloppy sloth slug smelly smiley smog \
snail snappy sneaky sneakers snob snorkel snowball snowflake snowman snowy snug soapy sociable \
socket soda soggy solemn solitary sombrero songbird soothing sophomore soprano sorrowful \
soulful sour southeast southwest souvenir spacious spaghetti spaniel sparkly sparrow spatula \
speedy spinach spiteful splendid spongy spooky sporty spotless spotty sprinkle spruce squash \
squeaky squid squirrel stagnant stapler starfish starry stationery stealthy steamy stingy \
stocky stomachache stork stormy stout strait stranger stretcher stubborn studious stuffy \
stunning sturdy stylish submarine succulent suede sugary sulky sunbathe sunburn sunflower \
sunglasses sunscreen supervisor supportive surfboard surly sushi swan sweaty sweetheart swift \
swimsuit syrup tablecloth tabloid tacky tactful tadpole talkative tame tangerine tangy \
tapestry tardy tasteful tasteless tattoo teacup teammate teapot tearful teddy tedious teenage \
tempting tenacious tense terrace thankless thermometer thorough thoughtful thoughtless \
threadbare thrifty thrilling thunderstorm tights timid tiptoe tiresome toad toaster toffee \
tomboy toolbox toothbrush toothpaste topsy tortilla toucan trainee trampoline tranquil \
translator trapeze treadmill treetop trendy tricky tricycle trombone trout trumpet trustworthy \
truthful tsunami tuba tulip tuna turquoise tuxedo twig twilight ultimate unaware unbearable \
unbelievable uncertain unclear uncommon uneasy uneven unfriendly unhealthy unicorn unkind \
unlucky unnatural unnecessary unpopular unreal unsafe unselfish untidy unwell unwise upbeat \
uptight usable utensil vacant vain valiant vampire vase vegetarian vibrant vicious victorious \
vigilant vigorous vintage violet violinist virtuous vivid vocal volleyball vulture waddle \
waffle walnut walrus warlike washcloth wasteful watchful waterfall waterproof wavy weary \
weasel weekday wellness whimsical whiskers whiskey wholesome wicked widespread wig wiggly \
wilderness windmill windy wingspan wintry wishful witty wizard wobbly woeful woodpecker woolly \
workable worldly worthless worthwhile wreath wrinkle wrinkled yacht yam yearbook yellowish \
yoga yolk youthful yummy zany zealous zebra zesty zigzag zipper zucchini";

/// Finnish.
const LEX_FI: &str = "\
ja on ei että mutta oli se en et ole olen olet olemme olette ovat olla ollut olleet olivat \
olisi olisin olisit oisi olin olit oltiin ollaan oot ootte onko oliko eikö olisiko minä mä \
sinä sä hän me te he minun mun sinun sun hänen meidän teidän heidän minulle mulle sinulle \
sulle hänelle meille teille heille minulla mulla sinulla sulla hänellä meillä teillä heillä \
minua mua sinua sua häntä meitä teitä heitä minusta sinusta hänestä meistä teistä heistä minut \
sinut hänet meidät teidät heidät itse itseni itsesi itsensä sen sitä siitä siinä sille siihen \
siellä sieltä sinne täällä täältä tänne tuolla tuolta tuonne niin kun jos kuin tai vai myös \
vain vielä jo nyt sitten koska mitä mikä missä mistä mihin miksi miten milloin kuka ketä kenen \
keneltä kenelle mikään mitään mistään missään kukaan ketään joku jotain jostain jossain \
johonkin joka jotka jonka joita jota jossa josta johon jolla jolle jolta joiden joissa joista \
joihin jolloin tämä tämän tätä tässä tästä tähän tällä tälle tältä tämänhetkinen tuo tuon \
tuota tuossa tuosta tuohon nämä näiden näitä näissä näistä noita nuo ne niiden niitä niissä \
niistä niihin niillä niille kaikki kaiken kaikkea kaikille kaikilla kaikista kaikkien mukaan \
kanssa ilman jälkeen ennen aikana aina koskaan ehkä todella tosi erittäin hyvin hyvä hyvää \
hyvän hyviä huono huonoa huonon huonot paljon vähän liian enemmän vähemmän eniten ihan aivan \
vaan eikä emme eivät ette eli siis kyllä joo juu kiitos kiitoksia kiitti moi hei terve heippa \
tilaus tilauksen tilausta tilaukset tilauksia tilaukseni tilauksesta tilaukseen tilasin \
tilasimme tilattu tilannut tilata tilaamaan tilattiin toimitus toimituksen toimitusta \
toimitukset toimitettiin toimitettu toimittaa toimitusaika toimituskulut paketti paketin \
pakettia paketit paketissa paketista pakettiin tuote tuotteen tuotetta tuotteet tuotteita \
tuotteesta tuotteessa asiakaspalvelu asiakaspalvelun asiakaspalvelua asiakas asiakkaan \
asiakkaat asiakkaana hinta hinnan hintaa hinnat laatu laadun laatua rahat rahaa rahani raha \
palautus palautuksen palauttaa palautin palautettu hyvitys myöhässä myöhään rikki saatu saanut \
saanu sain saimme saada saan saat saa tuli tullut tulee tulevat tulla tulin meni mennyt menee \
mennä menin menimme odotan odotin odottanut odottaa odottamaan odotus päivää päivä päivän \
päivässä päivät päiviä viikko viikon viikkoa viikossa viikot kuukausi kuukauden kuukautta \
vuosi vuoden vuotta vuodessa tunti tunnin tuntia minuutti minuuttia sovellus sovelluksen \
sovellusta sivusto sivuston sivustolla sivu sivulla maksu maksun maksua maksoin maksettu \
maksaa nopea nopeasti nopeaa hidas hitaasti hidasta asia asiat asiaa asian ongelma ongelman \
ongelmia ongelmaa koko uusi uuden uutta uudet uusia vanha vanhan vanhaa aika ajan aikaa kaksi \
yksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen sata tuhat täysin lähes \
pitää pitäisi piti voi voin voit voimme voivat voisi voisin voinut voida täytyy tarvitsee \
tarvitsen tarvitaan ostin ostaa ostanut osto ostos ostokset kauppa kaupan kaupassa kauppaan \
tänään eilen huomenna heti pian myöhemmin aiemmin usein joskus yleensä harvoin enää juuri \
ainakin varmaan varmasti tietysti tietenkin todellakin oikeastaan mies miehen miestä miehet \
nainen naisen naista naiset talo talon taloa talossa koti kotiin kotona kotoa vesi veden vettä \
ruoka ruokaa ruoan maailma maailman elämä elämän elämää lapsi lapsen lasta lapset lapsia \
ystävä ystävän ystäviä ystävät kaveri kaverit koulu koulun koulussa kouluun kirja kirjan \
kirjaa kirjat huone huoneen huoneessa yö yöllä aamu aamulla ilta illalla paikka paikan \
paikassa nimi nimen nimeä sana sanaa sanat kysymys kysymyksen numero numeron osa osan osaa \
käsi käden kädet silmä silmät pää pään ovi oven kaupunki kaupungin kaupungissa maa maan maassa \
perhe perheen perheessä isä isän äiti äidin veli veljen sisko siskon poika pojan tyttö tytön \
vaimo koira koiran kissa kissan puu puun metsä metsässä järvi järvellä meri meren pois ympäri \
vaikka kuitenkin joten tarpeeksi melkein melko sijaan yhdessä ymmärrän ymmärrä muistan muista \
uskon usko tapahtui tapahtuu asun asuu asui asumme tiedän tiedä tiedät tietää tiesin haluan \
haluat haluaa haluamme halusin halua tykkään tykkää pidän pidin näin nähdä näki nähnyt näen \
sanoi sanoa sanon sanoin sanottu otin ottaa otti annoin antaa antoi käyttää käytin käyttö \
kertoi kertoa kerroin yritin yrittää yritys soitin soittaa soitti töissä työ työtä työssä \
töihin työpaikka tehdä tein tekee tehnyt teki tekemään takaisin parempi paras parhaiten kiva \
kivaa mukava iso ison isoa pieni pienen pientä pitkä pitkään lyhyt viimeinen ensimmäinen \
toinen kolmas kertaa kerran kerta ihmiset ihmisiä ihminen ihmisen oikein oikea väärin väärä \
väärän puuttuu puuttui saapui saapunut saapuu vastaus vastausta vastannut vastasi vastata \
yhteyttä lähetys lähetyksen lähetetty lähettää seuranta seurantakoodi kortti kortin palvelu \
palvelun palvelua henkilökunta ystävällinen kallis kallista halpa halvalla surkea loistava \
erinomainen suosittelen suositella pettynyt pettymys kauhea kauheaa ihana ihanaa hieno hienoa \
upea jälleen taas sekä millainen jotta ettei eihän onhan no kuten mm esim noin yli alle vasta \
edes lisäksi myöskään muuten siksi sillä jopa ainoa ainoastaan puhelin puhelimen puhelimeen \
sähköposti sähköpostia viesti viestiä viestin tili tilin salasana kirjautua verkkokauppa \
nettisivu netissä internet auto auton autolla bussi bussilla juna junalla lentokone matka \
matkalla matkan kadulla tie tien kahvi kahvia tee teetä maito maitoa leipä leipää liha kala \
omena sää sataa lunta aurinko kylmä kylmää lämmin lämmintä kuuma kesä kesällä talvi talvella \
kevät keväällä syksy syksyllä vaate vaatteet kengät paita housut takki laukku avain avaimet \
kello euroa euro senttiä kieli kielen kieltä englanti englantia suomi suomea suomeksi ruotsi \
ruotsia venäjä venäjää saksa saksaa kirjoittaa kirjoitin lukea luin puhua puhun puhuu \
kuunnella opettaja opettajan oppilas opiskelija opiskella oppia opin yliopisto luokka lääkäri \
sairaala poliisi asema ravintola hotelli pankki toimisto punainen sininen vihreä keltainen \
musta valkoinen ruskea harmaa tärkeä tärkeää mahdollinen mahdotonta helppo helppoa vaikea \
vaikeaa valmis vapaa täynnä tyhjä nuori väsynyt nälkä sairas vahva heikko rikas köyhä puhdas \
likainen hiljainen syödä söin syö juoda join juo nukkua nukuin kävellä juosta istua seisoa \
tuoda toin viedä vein pyytää pyysin kysyä kysyin auttaa autoin avata avasin sulkea aloittaa \
lopettaa rakastan rakastaa rakkaus pelkään pelko toivon toivottavasti valitettavasti onneksi \
kaunis kaunista hauska hauskaa outo tylsä tylsää mielenkiintoinen kanssani kanssasi kanssaan \
luona luokse luota kautta vieressä takana edessä alla päällä sisällä ulkona välillä keskellä \
tarkoitan tarkoittaa ajattelen ajattelin luulen luulin tunnen tunsin muutama muutaman moni \
monta monet useita usea jokainen kumpikin rikkinäinen vahingoittunut hukassa kadonnut \
palautettava peruutus peruutettu peruuttaa reklamaatio valitus hyvitetty alennus tarjous idea \
radio video media kohta oma sai teen nii kuu ilma kuni siiski puhas firma lumi vene linna \
historian lain aamiainen aave aavistus abiturientti ahdistus ahkera aihe aikaisin aikataulu \
aikoa aikuinen ainakaan aivot ajatella ajatus ajaa ajo akku aktiivinen alennusmyynti alku \
alkaa alkuperäinen allas alue alus amme ammatti ammattilainen ankka anteeksi appelsiini apu \
arkki arvata arvo arvostaa arvostelu asenne asento asetus askel asua asukas asunto asuntola \
auki aukko aurinkoinen autio autotalli avaruus avioliitto avoin avuksi edellinen edelleen \
edistys edullinen ehdottaa ehdotus ehjä ehtiä ehto eilinen ele elokuu elokuva eläin eläke \
eläkeläinen elämys eläkkeellä emäntä ennustaa ensi ensin epäillä epäonnistua epäselvä erehdys \
erikoinen erillinen erilainen erinomaisesti erityisesti eritellä erota ero esiintyä \
esimerkiksi esine esitellä esittää este estää etsiä etu etuovi hajota hakea haku halata \
halkeama haluta hame hampurilainen hammas hankala hankkia hapan harjoitus harmi harrastus \
hattu hauras hautajaiset hauki hedelmä heinäkuu heittää helmikuu helpottaa henkilö \
henkilökohtainen herkkä herra herätä herätyskello hetki hidastaa hiekka hiljaa hinnasto \
hintainen hirveä hissi historia hoitaa hoito hoitaja holvi houkutella huhtikuu huijaus huikea \
huippu huolellinen huoli huolto huoltaa huomata huomautus huomio huonekalu huutaa hylätä hymy \
hymyillä hyppiä hyvästi hyväksyä hyödyllinen hyöty hätä häiritä häpeä häät ihailla ihme ikkuna \
ikävä ilmainen ilmoittaa ilmoitus ilo iloinen iltapäivä ilmasto imuri inhottava innostunut \
isoäiti isoisä isännöitsijä itkeä itä jakaa jakelu jalka jalkapallo jano jatkaa jatkuvasti \
jauho johtaja johtaa joukko joulu joulukuu juhla juhlia julkinen juoma juttu jutella juusto \
jälki jänis järjestää järjestely järjestys järkevä jättää jää jäätelö kaakao kaali kaatua \
kadota kahvila kaikkialla kaiutin kaivaa kaksoset kalastaa kalenteri kamala kamera kana kanava \
kannettava kansi kansio kapea kappale karhu kartta kassa kassi katkaista katsoa katto kattila \
katu kauan kaukana kauppakeskus kaupunginosa kausi keho keittiö keitto keksi keksiä kenkä \
kerma kerros kerrostalo kesäkuu kestää keskiviikko keskiyö keskustella keskustelu keskusta \
kestävä kettu kevyt kiinni kiinnostava kiire kiireinen kiitollinen kilo kilometri kilpailu \
kimppu kioski kirjasto kirjekuori kirkas kirkko kirpputori kissanpentu kitara kivi kohtelias \
kohteliaasti kokemus kokeilla kokous kolmio koneisto konsertti kontakti kopio koristella \
korjata korjaus korkea korva kosketus kotiinkuljetus kotiovi kuiva kuivata kukka kukkaro \
kulkea kuljettaja kuljetus kullanmuru kulma kulta kulttuuri kulu kuluttaja kumi kummallinen \
kunnossa kuolla kuori kuppi kurssi kuulla kuulokkeet kuuluisa kuva kuvata kyllästynyt \
kylpyhuone kylä kynä kysely kyyti kädenpuristus käsitellä käsky kätevä käydä käyttäjä \
käyttöohje kääntää käärme laatikko lahja laiha laina lainata laittaa laiva lakko laki lamppu \
lampaanliha lanka lapio lasi laskea lasku laskutus lattia lauantai laulaa laulu lauta leikata \
leikkaus leikkiä leipomo leiri lehti lelu lemmikki lenkki lentää lentokenttä leveä levy lihava \
liike liikenne liikkua liittyä liitto lika lintu lippu lisätä lista litra liukas loistaa loma \
lompakko loppu lounas lukko luku luoda luonnollinen luonto luottaa luottokortti lusikka luu \
luulla lähellä lähteä läksyt lämpötila lääke löytää maalaus maaliskuu maanantai maatila \
madonna maha mahdollisuus maidon maisema maistaa maitotuote makea maku makuuhuone malli \
mansikka marraskuu matala matkalaukku matkustaa matto mausteinen mehu meikki melu menetelmä \
menettää meno merkki merkitä metri mielenkiinto mielestäni mieli mielipide mieluummin \
mikroaaltouuni miljoona mitata mitta moottori muistaa muki muna muodostaa muoto muovi museo \
muuttaa muutos myrsky myydä myyjä myymälä myöhästyä myönteinen naapuri naimisissa nauraa \
nauttia neljännes neuvo neuvoa nimetä nopeus nostaa nousta nuha nuoriso nyrkki näkymä näköinen \
näyttää näyttely nälkäinen odottamaton oikeus ohje ohittaa oksa olkapää olohuone olut omistaja \
ommella onnellinen onnettomuus onni opettaa oppitunti oranssi osallistua osasto osata osoite \
ostoskeskus ovikello paeta paha paino painaa paistaa paketoida palaa palata palaute palkka \
palkinto pallo palvella pankkikortti paperi parantaa parkkipaikka parta pestä peili peitto \
pelastaa pelata peli peruna pesukone pidellä pihvi piilottaa piirakka piirtää pitkästynyt \
pitsi pituus pizza pohjoinen polku portaat posti postimerkki postipaketti potilas pudota \
puhelinnumero puhdistaa puhe puisto pukea puolesta puoli puolukka puutarha puuttua pyykki \
pyörä päivällinen pätevä päättää pöytä raaka rahasto raitiovaunu rakas rakennus rakentaa ranta \
rapu rasva ratkaista ratkaisu rauha rauhallinen reikä reilu reissu rekisteröityä reppu resepti \
riidellä riisi rikollinen rikos rinta risteys ristiriita ruma runo ruoho ruokakauppa \
ruokalista rutiini ruuvi ryhmä rypäle ryhtyä saapua saari saavuttaa sadetakki saippua \
sairaanhoitaja saksalainen salaatti sama samanlainen sanakirja sateenvarjo satama sauna seinä \
sekunti selittää selkä sellainen selvä sermi seurata shampoo siisti siivota sijainti silakka \
silmälasit silta sisar sisältää sitruuna sohva sokeri solmia sopimus sopia sormi sormus sotku \
suihku suklaa sukka sukunimi sunnuntai suoja suola suomalainen suosikki suppea surullinen \
suunnitella suunnitelma suuri suuttua sydän synnyinpäivä syntymäpäivä syy syöttää sähkö \
säilyttää sänky sääntö tahra taide taiteilija tanssia tapa tapaaminen tapahtuma tapella \
tarjoilija tarjota tarkistaa tarkka tarttua tarvita taskulamppu tasku tavallinen tavara tavata \
teatteri tehdas teho tehtävä teippi tekninen teksti televisio teltta tempaus terveys tiedosto \
tietokone tiistai tila tilavaa tilinumero tiski todistus toimia toivoa tomaatti torstai \
tosiasia totta tuhota tukea tukka tulostaa tunne tuntea tuoli tuoksu tuore turha turvallinen \
tutkia tutustua tuuli tyhjentää työkalu tyyny tyytyväinen tähti täti täydellinen täyttää uida \
ulkomaat ulos uni unohtaa urheilu uskoa uuni vaatekaappi vahinko vahingossa vaihtaa vaihto \
vaikuttaa vaino vaippa vakava valehdella valita valitettava valittaa valo valokuva valtava \
vanhemmat vanhus vapaaehtoinen varastaa varasto varata varaus varoittaa vartalo vasen \
vastaanotto vastaava vastuu vati vatsa vauva verho verkko vero vessa veto vieras vierailla \
vihainen vihannes vihdoin viikonloppu viikset viileä viini viisas vika viljellä villasukka \
vinkki virallinen virhe virkailija viski vitsi vuode vuokra vuokrata vuori vähentää väri väsyä \
yhteystiedot yksinkertainen yleinen ylioppilas yllätys ymmärtää ympäristö ystävällisesti \
äidinkieli äkkiä äänestää ääni öljy tulen liiga";

/// Estonian.
const LEX_ET: &str = "\
ja on ei see selle seda sellest selles sellel sellele ma mina minu mind mul mulle minult \
minuga sa sina sinu sind sul sulle sinult sinuga ta tema tal talle temalt temaga teda me meie \
meil meile meid meilt te teie teil teile teid nad nemad neil neile neid nende et kui aga ning \
või ka ikka siis nüüd veel juba ainult vaid kõik kõike kõiki kõigi mis mida mille millega \
millest milles miks kus kust kuhu kes keda kellel kellele kas kuidas millal nagu oma omal oli \
olen oled oleme olete olid olnud olema olla oleks pole polnud ole ega ju küll ometi saab saan \
saad saame saavad sain sai saada tuleb tulen tuli tulid tulnud tulla läks läksin minna lähen \
läheb peab pean pead peaks pidi tahan tahad tahab tahtis tahaksin väga hea head hääd halb \
halva palju vähe rohkem üle alla peal pärast enne ilma koos siin seal sest aitäh tänan tere \
jah tellimus tellimuse tellimust tellisin kohale toode toote tooted hind hinna hinda kvaliteet \
kvaliteedi klienditeenindus raha tagasi päeva päev päevad päeval nädal nädala nädalat kuu kuud \
aasta aastat tund tundi minut aeg aega asi asja asjad midagi mitte iga kuni ehk vist kuid nii \
need mitu mingi mingit keegi kunagi alati tihti täna eile homme mees mehe naine naise maja \
majas kodu koju kodus vesi vett toit toitu maailm maailma elu elus laps lapse lapsed lapsi \
sõber sõbra sõbrad kool koolis kooli raamat raamatu tuba toas öö öösel hommik hommikul õhtu \
õhtul koht kohta nimi nime sõna sõnad küsimus küsimuse osa käsi käed silmad pea uks ukse linn \
linnas linna riik riigi pere perekond isa ema vend õde poeg tütar koer koera kass kassi puu \
puud mets metsas järv meri mere ära ümber kuigi siiski seega piisavalt peaaegu üsna asemel \
varsti hiljem mõnikord tavaliselt aru mäletan usun juhtus juhtub elan elab elavad tean teab \
teadis vajan vaja meeldib meeldis nägin näen nägi näha ütles ütlesin öelda ütle võtsin võtta \
võttis andsin anda andis kasutada kasutan rääkis rääkida räägin proovisin helistasin helistada \
töö tööd tööl tööle teha teen teeb tegi tegin tehtud oodata ootan ootasin parem parim tore uus \
uue uued vana vanad suur suure suured väike väikese pikk lühike viimane esimene teine kolmas \
korda kord inimesed inimene inimest õige õigesti vale valesti puudub saabus saabunud vastus \
vastust vastas teenindus kallis odav soovitan pettunud jälle samuti siia sinna milline \
missugune mõni mõned teised üks kaks kolm neli viis kuus seitse kaheksa üheksa kümme sada \
tuhat auto autoga buss bussiga rong lennuk reis tee tänav pood poes restoran hotell haigla \
arst politsei jaam pank kontor firma ilm vihm sajab lumi päike külm soe kuum suvi suvel talv \
talvel kevad kevadel sügis sügisel riided kingad särk püksid kott võti kell keel keele inglise \
eesti soome vene saksa rootsi õpetaja õpilane õppida õpin ülikool kohv kohvi piim leib liha \
kala õun suhkur sool õlu vein klaas pudel laud tool voodi aken sein põrand köök aed arvuti \
telefon telefoni internet kiri sõnum pilt pildid foto muusika laul film mäng tähtis oluline \
võimalik võimatu huvitav raske lihtne kerge valmis vaba täis tühi noor väsinud näljane haige \
tugev nõrk rikas vaene puhas must vaikne punane sinine roheline kollane valge pruun hall \
armastan armastus kardan hirm rõõmus õnnelik kurb vihane ilus ilusa naljakas igav muidugi \
tegelikult eriti lõpuks lisaks isegi liiga vähemalt kindlasti võibolla võib-olla ilmselt vahel \
taga ees kõrval sees väljas üleval all katki hilinenud hilineb tagastus tagastada klient \
kliendi teenus rahul rahulolematu aadress aastaaeg ahi ajaleht ajalugu ajama ajutine akna \
algama algus alus ametnik andma ankur arm armas arusaadav arvama arve arvestama arvutama \
asendama asukoht asutus autojuht avama avalik eelmine eest eestlane eelistama ehitama ehitus \
ekraan elama elamus elukoht elutuba ennustama ese esitama esmaspäev eriline erinev ette \
hakkama hammas haridus heli helistama hilja hilinema hirmus hoidma hoolitsema hoone hull hulk \
huvi hõbe hästi hääl hüppama istuma jaanuar jagama jahe jalg jalgratas jalutama jook jooma \
jooksma juhataja juhtuma juuksed juuli juuni järgmine järjekord jätkama jõgi jõud jõulud kaart \
kaasa kaebus kahjuks kalender kamm kana kandma kannatlik kapp karp kartul kasulik kasvama \
katkine katus kaua kauba kaubamaja kauge kaunis kavatsema keelama keema kelner keskmine kiire \
kiiresti kindel kindlustus kinkima kirik kirjutama kiitus kingitus kino kinnitama kirjanik \
kleit kodakondsus kogu kogema kogemus kohe kohtuma kokk korras korter kotlet kuju kukkuma \
kulud kumb kuulama kuulus käima kätte küllalt küpsis küsima laev lahendus lahkuma laiskus lamp \
laulma laupäev leht leidma lennujaam lihtsalt lill lipp loll loodus lubama luuletus lõbus \
lõhkuma lõpetama lõpp lõunasöök lükkama maa maal maasikas maitse makse maksma mantel maksumus \
meeldima meeles minema mobiiltelefon moos muna mure muretsema mõistma mõte mõtlema mõnus \
mängima märts mööbel naer naerma naaber nina nuga number nägema näitus nõudma nõustuma \
nädalavahetus oks oktoober olukord ootama ostma otse paar paber pakkuma pakend palk palun park \
parkla pastakas peegel peksma pidama pidu pilet pime pirn pliiats plaan pool praegu puhkus \
puhastama purunenud põhjus põld pärima pööre raamatukogu rahvas ratas reede rida riie rikkuma \
rõõm rääkima saabuma saama saatma sall sats seadus sekund selg selgitama sibul siga sild silm \
sirge soodus soolane soovima sport suitsetama sukk supermarket supp surm suusad sõidukaart \
sõitma süda söök sööma taevas tahtma takso tantsima tasuta teade teatama teater tegema tehas \
tellima teler tervis tervitama toru tulema tundma tuttav tuul tähtaeg tänu täpselt tööline \
töötama tühistama tüdruk ujuma ukseava ulatama unustama uudis vaatama vabandust vaheaeg \
vahetama vaip vajutama valima valu vanaema vanaisa vannituba vanemad vastama vastu veebruar \
venna vihma vihmavari viga viima võtma võõras välja värv vürts õhk õnn õpetama õppima äri \
ärkama ööbima ülemine üritama";

/// Swedish.
const LEX_SV: &str = "\
och att är inte jag det som en ett på för med har till av den de om så var men kan vi du han \
hon vad när mycket också eller från bara nu här där skulle ska kommer blev blir finns hade \
efter över under mot utan vid sig sin sitt sina min mitt mina din ditt dina dig mig oss dem \
deras hans hennes denna detta dessa någon något några ingen inget inga alla allt andra annan \
annat hur varför vem vilken vilket vilka redan alltid aldrig igen tack hej bra dålig dåligt \
beställning beställningen beställde beställt leverans leveransen levererades paket paketet \
varor varan pris priset kvalitet kvaliteten kundtjänst kundtjänsten pengar pengarna fick kom \
gick sedan då ja nej mer mest lite stor stora större störst liten små mindre ny nya nytt \
gammal gamla gammalt dag dagar dagen veckor vecka veckan tid tiden väldigt helt sen \
fortfarande ännu borde måste vill ville tror trodde vet visste tycker tyckte kunde gör göra \
gjorde säga sa sade sagt man er idag igår imorgon kvinna kvinnan kvinnor hus huset hem hemma \
vatten vattnet mat maten värld världen liv livet barn barnen vän vänner vännen skola skolan \
bok boken böcker rum rummet natt natten morgon morgonen kväll kvällen plats platsen namn \
namnet ord ordet fråga frågan frågor nummer numret del delen hand handen ögon ögat huvud \
huvudet dörr dörren stad staden städer land landet familj familjen far fadern mor modern pappa \
mamma bror brodern syster systern son dotter hund hunden katt katten träd trädet bort runt \
medan fast dock tillräckligt nästan ganska kanske istället snart senare ofta ibland vanligtvis \
tillsammans förstår förstod minns ihåg hände händer bor bodde läsa läser läste skriva skriver \
skrev prata pratar pratade frågade visa visade köpa köper köpte sälja sålde öppna öppnade \
stänga stängde börja började sluta slutade lämna lämnade stanna stannade äta äter åt dricka \
dricker drack sova sover sov springa gå går sitta sitter satt stå står stod ta tar tog tagit \
ge ger gav gett se ser såg sett höra hör hörde hoppas säker ledsen okej bättre bäst sämre \
sämst trevlig trevligt dyr dyrt billig billigt väntar väntade väntat skickade skickat kommit \
fått varit blivit gjort ur ju väl nog vår vårt våra ert era henne honom själv själva varandra \
någonting ingenting allting någonstans överallt jobb jobbet arbete arbetet arbeta arbetar \
arbetade företag företaget butik butiken affär affären restaurang hotell sjukhus läkare polis \
station gata gatan väg vägen bil bilen buss bussen tåg tåget flyg flyget resa resan biljett \
väder vädret regn regnar snö sol kallt varmt sommar sommaren vinter vintern hösten höst kläder \
skor tröja byxor väska nyckel nycklar klocka språk språket engelska svenska finska ryska tyska \
lärare elev student lära lärde universitet lektion kaffe te mjölk bröd kött fisk äpple socker \
salt öl vin glas flaska bord stol säng fönster vägg golv kök trädgård dator datorn telefon \
telefonen mobil mejl brev meddelande bild bilder foto musik låt film spel viktig viktigt \
möjlig omöjligt intressant svår svårt lätt enkel enkelt klar fri full tom ung trött hungrig \
sjuk stark svag rik fattig ren smutsig tyst röd blå grön gul svart vit brun grå älskar älskade \
gillar gillade hatar rädd glad arg lycklig vacker vackert rolig roligt konstig tråkig förstås \
faktiskt verkligen absolut egentligen därför eftersom trots dessutom ändå emellertid alltså \
nämligen precis troligen förmodligen sveriges sverige stockholm hela hel sådan sådant sådana \
samma annorlunda olika enligt mellan genom bakom framför bredvid innan efteråt utanför inne \
ute uppe nere beställa leverera levererad skadad trasig försenad försenat återbetalning retur \
returnera kund kunden kunder tjänst tjänsten problem system person situation information extra \
fall fan god hit just glass gift hat bank dog data fly hot lunch mark match material media \
normal offer park partner pass period plan position post president professor program radio \
ring risk sent service silver smart social sport standard start super team text version video \
religion budget bit form all band bar chef driver folk fort meter per plus rent roll semester \
skull slipper tag via lika allas historia lista minut pizza halva välja kontor sekund";

/// German.
const LEX_DE: &str = "\
der die das und nicht ist ich du er sie es wir ihr mein meine meinen meiner meinem dein deine \
sein seine seinen seiner ein eine einen einem einer eines den dem des zu mit von auf für an \
aus bei nach über unter vor durch gegen ohne um als wie wenn dass daß weil aber oder auch noch \
schon nur sehr mehr immer nie hier dort da dann jetzt heute doch ja nein kein keine keinen \
keiner nichts etwas alles was wer wo warum wann habe hast hat haben hatte hattest hatten bin \
bist sind war warst waren wird wirst werden wurde wurden kann kannst können konnte konnten \
muss musst müssen musste soll sollst sollen sollte will willst wollen wollte möchte möchten \
gibt gab geht ging gut gute guten guter schlecht schlechte schnell langsam danke bitte \
bestellung bestellungen bestellt bestellte lieferung lieferungen geliefert paket pakete ware \
preis preise qualität kundenservice kundendienst geld zurück leider also so mal man sich uns \
euch ihm ihn ihnen mich dich mir dir diese dieser dieses diesem diesen jeder jede jedes viel \
viele vielen ganz gar wieder bereits seit bis zum zur im ins am vom beim gestern morgen mann \
männer frau frauen haus hause häuser wasser essen welt leben kind kinder freund freunde \
freundin schule buch bücher zimmer nacht jemand niemand ort name namen wort wörter frage \
fragen nummer teil hand hände augen kopf gesicht tür stadt städte land länder familie vater \
mutter bruder schwester sohn tochter hund katze baum bäume weg herum während obwohl jedoch \
welche welcher welches ob genug fast ziemlich eher vielleicht sowieso statt stattdessen bald \
später früh früher oft manchmal normalerweise zusammen verstehe verstehen verstanden erinnere \
erinnern glaube glauben geglaubt passiert wohne wohnen wohnt lebt spielen spielt gespielt \
lesen liest gelesen schreiben schreibt geschrieben sprechen spricht gesprochen reden redet \
gefragt fragt zeigen zeigt gezeigt kaufen kauft gekauft verkaufen verkauft öffnen schließen \
geschlossen anfangen angefangen bleiben bleibt geblieben trinken trinkt getrunken schlafen \
schläft laufen läuft gelaufen gehen gegangen sitzen stehen bringen bringt gebracht hören hört \
gehört hoffe hoffen sicher schön schöne toll super teuer billig gewesen gemacht machen macht \
machte sagen sagt sagte gesagt kommen kommt kam gekommen sehen sieht sah gesehen wissen weiß \
wusste denke denken dachte finde finden fand gefunden dürfen darf durfte einfach wirklich \
natürlich eigentlich endlich heißt heißen nun denn sondern damit dabei davon dazu darauf daran \
darüber worden geworden zwei drei vier fünf sechs sieben acht neun zehn hundert tausend jahr \
jahre jahren tag tage tagen woche wochen monat monate stunde stunden minute minuten zeit leute \
menschen mensch dinge ding sache sachen problem probleme neue neuen neuer neues alte alten \
alter großen große großer groß klein kleine kleinen erste ersten letzte letzten nächste \
nächsten arbeit arbeiten arbeitet gearbeitet firma geschäft laden restaurant hotel krankenhaus \
arzt polizei bahnhof straße straßen auto autos bus zug flugzeug reise fahrkarte fahren fährt \
gefahren fliegen wetter regen regnet schnee sonne kalt warm heiß sommer winter frühling herbst \
kleidung schuhe hemd hose tasche schlüssel uhr sprache sprachen englisch deutsch finnisch \
schwedisch russisch lehrer lehrerin schüler student studieren lernen lernt gelernt universität \
unterricht kaffee tee milch brot fleisch fisch apfel zucker salz bier wein glas flasche tisch \
stuhl bett fenster wand boden küche garten computer telefon handy nachricht brief bild bilder \
foto musik lied film spiel wichtig möglich unmöglich interessant schwer schwierig leicht \
fertig frei voll leer jung müde hungrig krank stark schwach reich arm sauber schmutzig leise \
laut rot blau grün gelb schwarz braun grau liebe lieben liebt geliebt mag mögen gern gerne \
hasse angst froh glücklich traurig wütend schöner lustig komisch langweilig übrigens trotzdem \
deshalb deswegen außerdem nämlich zwar sogar ebenfalls genau wahrscheinlich bestimmt \
sicherlich zwischen hinter neben gegenüber innerhalb außerhalb oben unten drinnen draußen \
überall irgendwo nirgends beschädigt kaputt verspätet rückerstattung rücksendung kunde kunden \
dienst zufrieden unzufrieden enttäuscht empfehlen empfehle system team person moment situation \
position region finger park plan form test text information international original normal \
material version tradition religion generation interview partner professor standard radio \
video internet euro dollar chance sport tour union general gold wind rest bank ball art fall \
alle halb mitte see teile klar absolut band chef fort frank gross halt meter kilometer \
organisation per party post show club cool job kamera media uni oma kino paar";

/// Spanish.
const LEX_ES: &str = "\
el la los las de del que y en un una unos unas por con no es se lo le les para al como más \
pero su sus ya o este esta esto estos estas ese esa eso esos esas muy sin sobre también me mi \
mis hasta hay donde dónde quien quién desde todo toda todos todas nos ni yo tú tu tus él ella \
ellos ellas usted ustedes nosotros nosotras vosotros qué cómo cuándo cuánto porque cuando bien \
mal bueno buena buenos buenas malo mala gracias hola pedido pedidos entrega envío paquete \
producto productos precio calidad dinero servicio cliente clientes nunca siempre todavía aún \
ahora después antes está están estoy estás estamos estaba estaban era eran fue fueron ser \
estar tiene tengo tienes tenemos tienen tenía hace hacer hizo hecho puede puedo puedes podemos \
pueden podía quiero quieres quiere queremos quería tan otro otra otros otras algo nada mucho \
mucha muchos muchas poco poca pocos día días semana semanas mes meses año años hora horas \
minuto minutos hoy ayer mañana hombre hombres mujer mujeres casa casas agua comida mundo vida \
niño niña niños amigo amiga amigos escuela libro libros habitación noche tarde alguien nadie \
lugar nombre palabra palabras pregunta número parte mano manos ojos cabeza cara puerta ciudad \
país familia padre madre padres hermano hermana hijo hija esposo esposa perro gato árbol lejos \
cerca mientras aunque embargo cual cuál cuales bastante casi quizás quizá tal vez pronto luego \
temprano veces juntos entiendo entender recuerdo recordar creo creer pasó pasa pasar vivo vive \
vivir sé sabe saber sabes necesito necesita necesitamos gusta gustan encanta vi ver veo visto \
dijo decir digo dicho tomé tomar di dar doy dio usar uso habló hablar hablo habla trabajo \
trabajar trabaja esperar espero mejor peor nuevo nueva nuevos viejo vieja grande grandes \
pequeño pequeña largo corto último última primero primera segundo tiempo gente personas \
persona correcto llegó llegar llega recibí recibido recibir respuesta caro barato recomiendo \
había han he ha hemos has son soy eres somos tener voy va vas vamos van ir fui sí entre contra \
según durante cada mismo misma aquí allí allá así entonces solo sólo dos tres cuatro cinco \
seis siete ocho nueve diez cien mil cosa cosas señor señora te ti comer comí beber bebo dormir \
duermo caminar correr sentar abrir abrió cerrar cerró empezar terminar comprar compré compró \
vender pagar pagué llamar llamé escribir escribo leer leo escuchar mirar buscar encontrar \
encontré ayudar ayuda coche carro autobús tren avión viaje billete calle camino tienda \
restaurante hotel hospital médico policía estación aeropuerto banco oficina empresa lluvia \
llueve nieve sol frío calor verano invierno primavera otoño ropa zapatos camisa bolsa llave \
reloj idioma español inglés alemán francés profesor profesora estudiante estudiar aprender \
universidad clase café té leche pan carne pescado manzana azúcar sal cerveza vino vaso botella \
mesa silla cama ventana pared suelo cocina jardín ordenador computadora teléfono móvil correo \
mensaje carta foto fotos música canción película juego importante posible imposible \
interesante difícil fácil listo libre lleno vacío joven cansado cansada hambre enfermo fuerte \
débil rico pobre limpio sucio rojo azul verde amarillo negro blanco marrón gris amo odio miedo \
feliz triste enojado bonito bonita hermoso hermosa divertido raro aburrido claro realmente \
especialmente finalmente además incluso demasiado tampoco ojalá roto dañado retraso reembolso \
devolución atención general idea animal base capital civil club color control digital doctor \
error familiar gas global ideal legal local material mental motor natural normal original \
personal plan popular radio real sea similar simple social terrible video media sale anda asi \
tema vale canal cargo crisis cultural debate federal honor mayor particular pie principal \
sector web favor historia lista museo asunto armas mina siga";

/// French.
const LEX_FR: &str = "\
le la les de des du un une et est pas je tu il elle nous vous ils elles que qui ne en dans \
pour sur avec ce cette ces mon ma mes son sa ses au aux mais ou où donc très plus bien merci \
commande livraison colis j'ai c'est n'est suis sont été avoir être fait faire tout tous rien \
toujours jamais encore déjà aussi leur leurs notre votre quand comme parce chez sans sous moi \
toi lui eux oui non bonjour avait était peu beaucoup trop alors puis";

/// Italian.
const LEX_IT: &str = "\
il lo la gli le di che e è un una non per con sono mi ti si ci del della dei delle nel nella \
ma come anche più molto questo questa quello grazie ordine consegna ho ha hanno io lui lei noi \
voi loro sempre mai ancora già perché quando dove cosa tutto tutti niente bene male buono ciao \
sì ogni dopo prima oggi ieri domani essere avere fatto fare stato degli alla allo agli dal \
dalla";

/// Portuguese.
const LEX_PT: &str = "\
o os a as de do da dos das que e é um uma não em no na nos nas por para com se mas como mais \
muito eu você ele ela nós eles elas isso isto este esta obrigado obrigada pedido entrega ainda \
foi tem está são estou já também quando onde porque tudo nada bem mal bom boa sim nunca sempre \
hoje ontem amanhã minha meu sua seu pelo pela ao aos à às num numa essa esse aquele aquela \
então";

/// Dutch.
const LEX_NL: &str = "\
de het een en van is dat niet ik je jij u hij zij we wij op te in voor met zijn was maar om \
als ook er aan bij nog wel geen naar uit dan of kan wordt worden heb hebt heeft deze dit die \
wat zo al mijn bestelling levering pakket bedankt dank goed slecht nooit altijd hebben waren \
werd zou moet kunnen veel heel echt alleen";

/// Polish.
const LEX_PL: &str = "\
i w z na nie się to jest że do o jak ale po co tak za od jestem ja ty on ona my wy oni mnie mi \
ten ta te tego tej już bardzo dziękuję zamówienie przesyłka tylko jeszcze może czy gdy który \
która które być był była było są mam ma jego jej ich dla przez przy bez nad pod jaki jaka \
gdzie kiedy dlaczego dobrze źle dobry zły";

/// Danish.
const LEX_DA: &str = "\
og i at det er en et den til på som de med har ikke jeg du han hun vi af for var men kan om så \
fra hvad hvor når meget også eller bare nu her der skal vil blev bliver efter over under mod \
uden ved sig min mit mine din dit dig mig os jer dem deres hans hendes denne dette disse nogen \
noget nogle ingen intet alle alt andre anden hvordan hvorfor hvem hvilken allerede altid \
aldrig igen tak hej god godt dårlig bestilling levering pakke havde være";

/// Norwegian (Bokmål).
const LEX_NB: &str = "\
og i det er en et den til på som de med har ikke jeg du han hun vi av for var men kan om så \
fra hva hvor når meget mye også eller bare nå her der skal vil ble blir etter over under mot \
uten ved seg min mitt mine din ditt deg meg oss dere dem deres hans hennes denne dette disse \
noen noe ingen ikkje alle alt andre annen hvordan hvorfor hvem hvilken allerede alltid aldri \
igjen takk hei god godt dårlig bestilling levering pakke hadde være";

/// Turkish.
const LEX_TR: &str = "\
ve bir bu da de için ile ne çok ben sen o biz siz onlar var yok değil gibi daha ama mi mı mu \
mü en her şey kadar sonra önce teşekkürler teşekkür sipariş kargo ürün iyi kötü hiç hala şimdi \
bugün dün yarın neden nasıl evet hayır olarak olan oldu bana beni benim senin onun";

/// Russian.
const LEX_RU: &str = "\
и в не на я что он с это как а то все всё она так его но да ты к у же вы за бы по только её ее \
мне было вот от меня ещё еще нет о из ему теперь когда даже ну ли если уже или ни быть был \
него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней \
для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того \
потому этого какой совсем ним здесь этом один почти мой тем чтобы нее неё сейчас были куда \
зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про \
всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том \
нельзя такой им более всегда конечно всю между спасибо пожалуйста здравствуйте привет заказ \
заказа заказу заказом заказе заказы заказов заказал заказала заказали заказать заказывал \
доставка доставки доставку доставкой доставили доставлен доставлена доставить доставят \
доставлено посылка посылки посылку посылкой товар товара товары товаров товаром качество \
качества качеством цена цены цену ценой деньги денег деньгами вернули вернуть верните возврат \
возврата пришёл пришел пришла пришло пришли придёт придет прийти привезли привезти очень плохо \
плохой плохая плохое плохие отлично отличный отличная ужасно ужасный ужасная ужасное быстро \
быстрая быстрый медленно магазин магазина магазине магазином курьер курьера курьеру курьером \
приложение приложения приложении сайт сайта сайте поддержка поддержки поддержку оператор \
оператора менеджер неделю недели неделя недель дней дня день днём сутки часа часов час минут \
минуты месяц месяца год года лет вообще просто сегодня вчера завтра снова жду ждём ждем ждал \
ждала ждать ждали получил получила получили получить получено нормально проблема проблемы \
проблему проблем ошибка ошибки ошибку мужчина женщина дом дома домой доме вода воды воду еда \
еды мир мира жизнь жизни ребёнок ребенок дети детей друг друга друзья друзей школа школе школу \
книга книгу книги комната комнате ночь ночью утро утром вечер вечером никто ничто место места \
имя слово слова вопрос вопросы номер номера часть рука руки глаза голова лицо дверь город \
города страна страны семья семьи отец мать мама папа брат сестра сын дочь муж жена собака \
кошка дерево вокруг хотя однако который которая которое которые которых которым достаточно \
довольно скорее наверное наверно вместо назад скоро позже рано часто обычно вместе понимаю \
понимаешь понял поняла помню верю случилось живу живёт живет знаю знаешь знает знал хочу \
хочешь хочет хотел хотела хотим нужно нужен нужна нравится видел видела вижу сказал сказала \
сказали говорит говорил говорю взял взяла дал дала дали использовать работа работы работу \
работает работать работаю хороший хорошая хорошее хорошие лучший новый новая новое новые \
старый старая большой большая большое маленький маленькая последний первый первая второй время \
времени раза люди людей правильно неправильно ответ ответа ответили ответил ответить дорого \
дорогой дёшево дешево дешевле рекомендую разочарован разочарована нам ими нами вами мной тобой \
своей свой своё свои своих наш наша наше наши ваш ваша ваше ваши весь вся эта также такая \
такое такие сделать сделал сделала сделали делать делаю делает могу можешь могут мог могла \
смог смогла смогли пойти пошёл пошел пошла идти иду идёт идет ехать еду приехал приехала уехал \
купил купила купить покупка покупки рубль рублей рубля оплата оплаты оплатил оплатила оплатить \
оплачен карта карты картой телефон телефона телефону почта почты письмо письма сообщение \
сообщения звонил звонила позвонил позвонить хотелось будут будем буду будешь ест ела ели пить \
пьёт спать сплю спал стоит стоять сидеть сидит лежит бежать смотреть смотрю смотрит слушать \
читать читаю писать пишу написал написала написали говорить сказать спросить спросил помочь \
помогите помогли помощь открыть открыл закрыть начать начал закончить кончился думаю думаешь \
думал думала знать понимать любить люблю любит нравиться красный синий зелёный зеленый жёлтый \
желтый чёрный черный белый серый важно важный возможно невозможно интересно интересный трудно \
трудный легко лёгкий простой готов готова свободен полный пустой молодой устал устала голодный \
больной сильный слабый богатый бедный чистый грязный тихо тихий громко машина машины машину \
автобус поезд самолёт самолет дорога дороги улица улице кафе ресторан гостиница больница врач \
полиция вокзал аэропорт билет билеты погода дождь снег солнце холодно тепло жарко лето летом \
зима зимой весна весной осень осенью одежда платье рубашка обувь сумка ключ ключи часы язык \
языка языке английский русский финский учитель ученик студент учиться учить урок университет \
кофе чай молоко хлеб мясо рыба яблоко сахар соль пиво вино стакан бутылка стол стул кровать \
окно стена пол кухня сад компьютер интернет телевизор фото фотографии видео музыка песня фильм \
игра красивый красивая красиво смешно странно скучно кстати например вдруг сразу пока почему \
поэтому зато либо именно особенно точно действительно наверняка сломан сломана сломался \
повреждён поврежден повреждена брак браком отменили отмена отменить жалоба претензия скидка \
акция курьерская служба трек отслеживание около мои мое твой твоя той глава вероятно благодаря \
дни будь великий ними прошу тебе тому абсолютно август автор адрес актёр актер алло альбом \
анализ ангел апрель аптека армия артист бабушка багаж база бал банк банка бар бассейн бег беда \
безопасность бензин берег беседа беспокоиться бизнес битва благодарить бланк блюдо бог \
богатство бой бок болезнь болеть боль большинство бомба борьба борт бояться брать бросать \
бросить брюки будущее бумага бывать бывший бюджет бюро вагон вариант ваза ванная вверх вдоль \
ведро век велосипед верить верный вернуться вершина весёлый весело весить вести весьма ветер \
вечный вещь взгляд вздох взрослый взять вид видеть визит вилка виноват вкус вкусный владелец \
власть внимание внизу внук внутри вовремя водитель водка военный возвращаться возле \
возможность возраст война войти волк волна волос вооружение воспоминание восток восторг вперёд \
впереди враг вред вредный вспомнить встать встреча встречать вторник вход входить выбирать \
выбор выбрать выглядеть выдать выезд вызвать выиграть выйти выключить вылет выполнить выпить \
выражение высокий выставка выход выходной газ газета гарантия гвоздь герой глаз глубокий \
глупый голод голос гора гораздо гордый горло горячий господин гость государство готовить \
готовый град градус граница гриб гроза громкий грудь груз грустно грязь губа гулять густой \
давать давно далеко дальше дарить дача двигатель движение двор девочка девушка дедушка \
действие декабрь дело деловой деревня держать десять детский дешёвый дешевый джинсы диван \
дикий директор длинный дно добрый довольный договор доктор документ долг долгий должен \
домашний дополнительный доска достать доход дружба думать дух душ душа дым дыхание дядя \
единственный ёлка жаль жаркий жать желание желать железный жених живой живот животное житель \
жить журнал забывать забыть заводить завтрак загадка задача задание закон закрыт зал заметить \
замок занят заниматься запах записать заплатить запрет зарплата звать звезда звонок звук \
здание здоровье здоровый земля зеркало злой знакомый знание значит значение зола золото зонт \
зуб игрушка идея известный извините издание изменение изменить икра иметь иначе инженер \
иностранный интерес искать искусство история итог июль июнь кабинет каждый казаться камень \
канал капуста карандаш карман картина картофель касса каша квартира кино кислый класс климат \
клиент клуб книжный ковёр колено колесо количество кольцо команда комар комментарий компания \
конверт конец конкурс контроль конфета концерт кончиться копейка корабль коридор коричневый \
короткий костюм кофта край краска красота кресло крест кричать кровь крупный кружка кулак \
курить курс кусок лагерь лампа легкий лежать лекарство лес лестница летать лететь лимон линия \
лист лифт лишний лоб ложка ложь лошадь луна любимый любовь май мальчик март масло мастер \
материал мебель медленный мелкий металл метро механизм мечта мешать миллион минута мнение \
могила мода модель мокрый момент море мороз москва мост мочь музей мука мусор мыло мысль мышь \
мяч наверх награда надежда надеяться называть найти налог написать народ находить начало \
начальник начинать небо невеста недавно недостаток немного необходимо неплохо нервный \
несколько новость нога нож нормальный нос носить ноябрь обед обещать область облако образ \
образование обратно общество объяснить обычный овощи огонь огромный одеяло однажды озеро \
октябрь опасный опыт орган организация основной особый остановка остаться осторожно отдых \
отдыхать открытка отношение отпуск отсюда отчёт офис официант очередь очки ошибаться падать \
пакет палец пальто память пара парень парк партия паспорт пассажир пахнуть певец пенсия \
передача песок петь печь пешком пиджак писатель плакать план платить плечо площадь пляж победа \
повар поверить повод подарок подруга подумать поехать пожалуй пожар поздно поздравлять поиск \
показать покупатель поле политика половина положить получать польза помнить помогать \
понедельник попасть популярный пора порядок посёлок посуда потерять похожий поэт правда \
правило правительство праздник предложение представить прекрасный премия привычка приглашение \
приехать признак пример принести принимать принять природа приходить причина приятный \
программа продавать продавец продукт проект прошлый прямой птица пугать путь пытаться пятница \
радио радость разговор размер разный район ранний расписание рассказ расти ребята революция \
редко режим резать река реклама ремонт решение решить рисовать родина родители родиться \
рождение роман рост рот руководитель ручка рынок рюкзак ряд садиться салат сапог свадьба \
свежий свет светлый свобода свободный связь сердце сесть сила сказка скорость слава следующий \
слишком словарь сложный слышать смех смеяться собирать собрание совет современный согласен \
содержание сок солдат сон сообщить состояние спектакль спина спокойный спор спорт способ среда \
средний срок ставить станция старик стараться статья стекло стоимость столица сторона страница \
страх стрелять строить суббота судьба суп сухой сцена счастье счёт счет сыр таблетка тайна \
такси танец тарелка твёрдый театр тело тёмный температура тень теплый терпеть тетрадь тётя \
товарищ толстый тонкий торт точка трава трамвай транспорт туалет туман турист тяжёлый убить \
уверен угол удача удивляться удобный узнать улыбка умный упасть услуга условие успех успеть \
устать учёба фамилия февраль фирма флаг форма фотография фраза фрукты футбол хватать ходить \
хозяин холод холодный хотеть храм худой художник цвет цветок центр цепь церковь частый чашка \
человек чемодан честный четверг число член чувство чувствовать шаг шапка широкий шкаф шоколад \
шум шутка экзамен экран электричество энергия этаж юбка яйцо январь ясный абонент аванс авария \
автобусный автомат автомобиль агент агентство адвокат администратор администрация академия \
аккаунт аккуратно активный алкоголь аллергия альтернатива амбиция аналог анекдот анкета \
аппарат арбуз аренда арендовать архив аспирант атака аудитория афиша бабочка багажник баланс \
балкон банан бандероль банкомат баня барак батарея батон бегать бедро безопасный бездомный \
бесплатно бесплатный беспокойство бессмысленно бетон библиотека бизнесмен бинт блеск близкий \
близко блокнот блондинка блузка бокал болото борода ботинки бочка браслет бревно бритва бровь \
брошюра брызги бумажник буря бухгалтер бывает быстрее бюллетень вакансия валюта ванна варенье \
вдова вежливый везде везти велосипедист великолепный вентилятор верёвка веревка вертолёт весы \
ветеринар ветка вечеринка вещи взаимный взнос взрыв взятка видимо вина винт висеть включить \
вкладка владеть влажный внезапно внешний внимательно внучка водить воздух возить волноваться \
волосы воображение воровать ворота воскресенье воспитание восстановить впечатление вполне \
враньё вредно временно вряд всеобщий вскоре вслух вспоминать вторжение вуз входной выбросить \
выгодно выдача выезжать вызов выигрыш выключатель вынести выпуск выращивать выручка высота \
вычесть выяснить вязать гараж гарантийный гардероб гвоздика гектар гениальный географ геолог \
гибкий гигиена гимн гитара гладить глобальный глоток глубина глухой гнев гнездо голубой гонка \
гордость горе горький горшок господь гостеприимство государственный грабёж гражданин \
гражданство грамм граната график гриль грипп гром груша губернатор гусь давление далёкий \
дальний данные дата дворец дебют дедлайн дежурный действовать декорация делегация дельфин \
демократия депутат деревянный деталь детство дефицит диагноз диалог диета дизайн дисциплина \
длина добавить добиться доверие договориться дождливый доказательство доклад долина дорожный \
достижение дочка драка дракон древний дрова дружить дуб дурак дуэт душевный дыра дышать дюжина \
единица ежедневно ёжик жадный жалеть жалко жара жарить жвачка жевать железо желудок жёсткий \
жестокий животный жилой жилье жираф жирный журналист забота заботиться заведение завидовать \
завистливый завод зависеть загореть задержка заём зайти закат заключение законный закрыто \
закуска залог замечательный замуж заново запасной запись заполнить запрещено зарабатывать \
заранее заряд зарядка засыпать затем захотеть защита заявка заявление звонить звучать \
здороваться здравствуй зелень зерно злиться знак знакомство знаменитый значок зонтик зоопарк \
зрение зритель играть идеальный избежать известие извинение изделие излишний изображение \
изучать изюм икона имущество инвалид индейка инструкция инструмент интеллект информация \
искренне искусственный испуг исследование истина исчезнуть кабель каблук кадр казнь календарь \
камера кампания каникулы капитан капля карета картон карьера касаться каска каталог катастрофа \
кататься катер кафедра качели квадрат квитанция кефир кирпич кисть кит кладбище кладовка клей \
клубника ключевой клякса кнопка кожа колбаса коллега коллекция колонка комиссия комитет \
компьютерный комфорт конкурент консультация контакт контейнер контора конфликт коньки копия \
корзина корм коробка корова коронавирус космос кость котлета кофейня кошелёк краб кран \
красавица кредит крем крепкий кривой кризис кролик кроссовки круг круглый крупа крыло крыльцо \
крыша крючок кузов кукла кукуруза культура купальник купе купон курица куртка кусать кушать \
лавка лаборатория ладонь лазер лайк лапа ласковый лебедь левый легенда лёд ледяной лекция \
ленивый лента лепесток летний лечение лечить лиса лицей личный логин ловить лодка ложиться \
локоть лопата луг лужа лук луч лыжи любопытный люстра магнит мазь майка макароны максимум \
малина мандарин маникюр марка маршрут маска масштаб математика матрас мебельный медведь \
медицина медсестра мелочь меню мера мероприятие местный металлический метод механик \
микроволновка милиция минимум министр миска мобильный модный мозг молния монета мороженое \
морковь мотоцикл мрамор муравей мусорный мышца мягкий набор навигатор наволочка наглый \
надёжный надёжно надпись наём наизусть наличные налоговый напиток направление наряд насос \
настроение натуральный наука наушники находка национальный начинка небольшой невкусный негатив \
недовольный незнакомый нейтральный некрасивый немецкий неприятный нервы нефть низкий \
новогодний ножницы носки ноутбук нужный няня обвинение обида обложка обмен обман обмануть \
обслуживание обувной общежитие объявление обязательно овца огород огурец ожидание оказаться \
окончание опасность опера оранжевый оркестр орёл осадки осмотр основа остров отвёртка отдел \
отель отзыв отказ отопление отправить отправка отражение отрезать отчество охота охрана оценка \
палатка палка пальма памятник панель папка парикмахер парковка пароль партнёр пассажирский \
пауза паук пачка пенсионер пепел перевод переводчик перерыв перец перчатки печенье пианино \
пила пирог пирожок пиццерия плавать плед плита плёнка плюс подарить подвал подписка подробно \
подушка поездка пожилой позиция покрывало полиэтилен полка полотенце помидор понятно попугай \
порошок портфель посылать потолок почтальон пояс правый прачечная предприятие презентация \
прибыль прививка придумать приезд приёмник прилавок примерка принтер присылать прихожая пробка \
провод прогноз прогулка продажа прозрачный проспект простыня прохладный процесс прыгать пульт \
пуховик пылесос пятно работник равнодушный радиатор разбить развлечение раздеться разрешение \
ракета рама рамка распродажа растение расход расчёт рваный реальный регистрация редиска резина \
резюме рейс ремень репетиция ресница рецепт рисунок робот розетка розовый ружьё ручной рыбак \
рюмка сапоги сарай сахарный сварить светофор свеча свинина свитер сдача сезон секунда семена \
сервис сериал серьги сетка сигарета симпатичный синяк сирень скамейка скатерть склад скорая \
скрепка сладкий слива сливки слон слух смартфон смена сметана снежный собеседование сова совок \
согласие соединение сосед соседка сосиска соус сохранить сочный спальня спичка справка \
спрашивать сроки стадион стипендия стиральная столовая стоматолог страховка стрижка строитель \
строка студия сувенир сугроб сумма сушилка счастливый таблица таможня тапочки тариф творог \
телефонный терраса ткань толпа томат топор тормоз тоска трасса треугольник трусы трубка туфли \
тыква тюрьма уборка угощение удобно удочка украшение укроп улитка упаковка упаковать уровень \
усилие услышать утюг учебник фабрика фары фартук фасоль фен ферма фиалка физика фильтр финал \
флешка фломастер фонарь фонтан формат фотоаппарат фруктовый футболка халат хвост химия хирург \
хлопок холодильник хомяк хор хрупкий цветной цемент ценник цирк чайник чек черника чеснок \
чипсы чистка чулки шампунь шарф шахматы шашлык шея шина шкатулка шнурки шорты штаны штора шуба \
щётка щека экскурсия электричка эскалатор ювелир юрист ягода якорь ящик след лице зная добро \
своя говоря говори песен гол известен миг наказание описание представление приятно \
производство против теория устройство честно ясно разу видно вниз круто мило рада справа";

/// Ukrainian.
const LEX_UK: &str = "\
і й та що як це але вже від він вона воно вони ми ви дуже тому коли якщо або чи щоб хто де \
мене його її їх цей ця ці цього цю цієї цим цій цих той було був була були буде будуть буду \
немає нема є так добре дякую ласка будь замовлення замовив замовила замовили посилка посилку \
посилки гроші грошей ціна ціни якість якості швидко повільно ніколи завжди ще також тільки \
лише навіть через після між під над про без для при із зі з у в до на не за по тут там вас нас \
вам нам мені тобі йому їй ним нею ними мій моя моє мої твій твоя наш наша ваш ваша свій своя \
свої який яка яке які якого якому котрий сьогодні вчора завтра чоловік жінка дім вдома додому \
вода води їжа їжі світ життя дитина діти дітей друг друзі школа школі книга книгу кімната \
кімнаті ніч вночі ранок вранці вечір ввечері щось хтось ніхто ніщо місце ім'я слово слова \
питання номер частина рука руки очі голова обличчя двері місто міста країна сім'я батько мати \
мама тато брат сестра син дочка донька дружина собака кіт дерево навколо хоча проте достатньо \
майже досить мабуть замість назад скоро пізніше рано часто зазвичай разом розумію зрозумів \
пам'ятаю вірю сталося живу живе знаю знаєш знає хочу хочеш хоче хотів хотіла потрібно треба \
подобається бачив бачила бачу сказав сказала сказали каже говорить говорив взяв взяла дав дала \
робота роботи роботу працює працювати працюю чекати чекаю чекав чекала гарний гарна гарно \
кращий краще найкращий новий нова нове нові старий стара великий велика маленький маленька \
останній перший перша другий час часу разу люди людей правильно неправильно відповідь \
відповіли дорого дешево рекомендую повернути повернення знову теж тебе себе нього неї всі все \
усі усе весь вся такий така таке такі можна може можу можеш можуть міг могла змогли прошу \
привіт отримав отримала отримали отримати доставили доставка доставки доставку товар товару \
магазин магазину кур'єр сайт сайті додаток підтримка підтримки оператор зробити зробив зробила \
робити роблю робить піти пішов пішла йти іду йде їхати їду приїхав купив купила купити покупка \
оплата оплатив оплатила картка картки телефон телефону пошта пошти лист повідомлення дзвонив \
зателефонував їсти їв пити спати сплю стояти сидіти дивитися дивлюся слухати читати читаю \
писати пишу написав написала говорити сказати запитати допомогти допоможіть допомога відкрити \
закрити почати почав закінчити думаю думав думала знати розуміти любити люблю любить червоний \
синій зелений жовтий чорний білий сірий важливо важливий можливо неможливо цікаво цікавий \
важко важкий легко простий готовий вільний повний порожній молодий втомився голодний хворий \
сильний слабкий багатий бідний чистий брудний тихо машина автобус поїзд потяг літак дорога \
вулиця вулиці кафе ресторан готель лікарня лікар поліція вокзал аеропорт квиток погода дощ \
сніг сонце холодно тепло спекотно літо влітку зима взимку весна навесні осінь восени одяг \
сукня сорочка взуття сумка ключ ключі годинник мова мови мовою англійська українська російська \
вчитель учень студент вчитися вчити урок університет кава чай молоко хліб м'ясо риба яблуко \
цукор сіль пиво вино склянка пляшка стіл стілець ліжко вікно стіна підлога кухня сад комп'ютер \
інтернет телевізор фото відео музика пісня фільм гра смішно дивно нудно речі наприклад раптом \
одразу поки чому зате саме особливо зовсім точно справді зламаний зламалася пошкоджений \
скасували скасування скарга знижка тиждень тижні тижня днів дня день годин години хвилин \
місяць місяці рік року років два друга книги мир машину нормально проблема проблему проблем \
раз сам служба того три хороший школу дороги воду вами ваше нами наше том один перед свою всю \
просто дома папа дали карта написали готова красиво глава абсолютно автор база банк бог бюджет \
бюро весело вести вид газ директор доктор документ дух душ душа журнал закон звук канал \
картина квартира клуб команда конкурс концерт край курс метро момент море москва музей народ \
образ орган пакет пара парк паспорт план поле половина правда правило природа причина продукт \
проект район режим реклама ремонт родина роман рот свобода сила слава сон спорт страх \
температура точка транспорт форма футбол храм художник число член абетка автівка автобусний \
аеропорту адреса акція аптека батьки безкоштовно безпека бібліотека білизна білет блакитний \
борщ бувай будинок будівля бути вабити вагітна ваза важити вареники варення вважати вдалося \
вдячний великдень вентилятор вересень весілля веселий вечеря вечірка взагалі взуттям вибачте \
вибір вигляд видно визначити вийти вимкнути випадок виправити вирішити висновок витрати \
вихідний вишиванка вищий відгук відділ відділення відмова відповісти відправити відпустка \
відразу відчуття візит вінок вірний вірш вісім вітер влада власний вміти вниз вовк вогонь \
водій волосся ворог впевнений вправа враження вродлива всюди вухо вчасно вчений гаманець \
гарантія гарячий гість гідний гілка гірко глечик глибокий голка голос гора горіх господар \
гостинний готувати гребінець гриб грудень гуляти гумка дбати двір дерев'яний дзеркало дзвінок \
дитячий діл діяти добрий довгий довідка довкола довіра дозвіл дозволити дорослий дорожній \
досвід дотримуватися дочекатися думка думати духи дякувати дякуючи ємність єдиний жаба жарт \
жити життєвий жовтень забути завдання завод заздалегідь заклад замок замовник замовити запах \
запізнюватися запитання заплатити запрошення зараз зарплата засіб засмучений затримка \
захворіти захист звичайно звичка звідки звідси злий змінити знайомий знайти зошит зручний \
зустріч зуб іграшка ідея інколи інший існувати їдальня кавун кажуть калина камінь капуста \
картопля каса каструля катастрофа квітень квітка кептар кінець кінотеатр кішка клієнт книжка \
ковбаса кожен колір колега колись коло комора конверт коробка користувач коротко кохання кошик \
краватка крамниця красивий кредит крок кросівки круто кулька купувати кур'єра лагідний лампа \
легкий лежати ледь лелека лиже лимон липень листопад листівка лікувати лічильник лід лоб ложка \
лука любов люстерко магазині майбутнє малювати мандрівка мед медсестра межа мертвий мета \
метелик мешкати мило милий минулий мисливець мистецтво миттєво мільйон міністр міцний \
мобільний можливість мокрий морква мотлох мрія м'який набагато навіщо навчання навчитися \
нагорода надворі надія надіслати надто наживо назавжди назва наліпка намисто написати напій \
наприкінці нарешті населення настрій насправді наступний натомість наче невдовзі невеликий \
негайно недбалий неділя нежить незабаром неймовірний необхідно неодмінно неприємний нервувати \
нижній нитка ніж ніжний нічого новина ножиці нудний обід обіцяти область обмін обов'язково \
оголошення озеро окуляри оливка опис оплатити оплачено оповідання опівночі оренда особа \
особливий остаточно острів отже отримувач охайний офіс оцінка пакунок пальто пам'ять папір \
парасолька пасажир пахнути пекти переглянути передзвонити перекладач переконаний перерва \
перехожий переїзд печиво пиріг підказати підписка підручник підтвердження підтримати пізно \
пільга пісок післязавтра пішки плакати плаття платіж площа повідомити повітря погано подарунок \
подзвонити подобатися подруга поїздка покупець полиця полуниця помилка поміняти понеділок \
поперек поплавати порада порошок посилання посміхатися постійно потрібний похмурий початок \
почекати почуття пояснити працівник прання прапор прасувати приблизно привітання приємний \
прийти прикраса приміщення припустимо прискорити пришвидшити пробачте провина проїзд \
пропозиція просити прохання прохолодно птах пунктуальний п'ятниця рада радий рахунок рибалка \
рідний річка робітник розклад розмір розмова розповідь розсилка рукавички рушник садок сайту \
салат самотній сваритися свято свічка світло свіжий сезон село серпень серце середа сир сирий \
сік сімнадцять склад скасувати скільки скло скриня слід сливки словник слухавка смачно смачний \
сміття сміятися снідати сніданок солодкий сонячний спальня спека спина спідниця спокійно \
спосіб справа справжній спроба стаття сторінка стосунки страва страшний студентка субота \
сумний сусід сусідка суха сходи сьогоднішній таблетка талановитий танцювати тарілка творчість \
театр телефонувати темний теплий терміново терпіти тихий тісний товариш торт трава травень \
трамвай трохи тролейбус туфлі увага угода удача ужиток узимку україна українець українка \
улюблений умова усміхатися успіх утім учитель файний фарба футболка хата хвилина хвилюватися \
хлопець хмара ходити холодильник хотіти хрест хустка цибуля цілий цукерка часник часом чашка \
червень черга четвер читач чоботи чудовий чуйний шапка шафа шкарпетки шкіра школяр шлях \
шоколад шукати щастя щедрий щиро щодня щойно щоправда юнак юшка яблуня ягода якийсь ялинка \
ясно оператора номера брак бал бар дружба задача костюм масло могила фраза шум агент адвокат \
атака баланс вина губернатор дата депутат дизайн знак камера каталог контакт космос легенда \
максимум марка маршрут математика медицина меню метод наука основа плюс пояс рейс фабрика \
формат цирк юрист";

/// Bulgarian.
const LEX_BG: &str = "\
е са се ще че това тази този тези като със съм си сме сте бях беше бяха бил била било били има \
няма нямам имам искам искаш иска може мога можеш могат който която което които какво къде кога \
защо защото кой нещо нищо много вече още сега тук там днес утре вчера благодаря моля поръчка \
поръчката поръчах доставка доставката доставиха пратка пратката цена цената качество \
качеството пари парите бързо бавно добре лошо лош лоша него нея тях мен теб ни ви ги му й ѝ го \
той тя те ние вие аз ти ли да не за от при на и в с по до но а след през към докато обаче също \
всички всеки всяка всяко трябва бъде без над под между преди около дали ако нали най малко \
голям голяма голямо големи малък малка нов нова ново нови стар стара старо човек хора хората \
жена жената мъж мъжът къща къщата вкъщи вода водата храна храната свят светът живот животът \
дете детето деца децата приятел приятели училище училището книга книгата стая стаята нощ нощта \
сутрин сутринта вечер вечерта място мястото име дума думи въпрос въпроса номер част ръка ръце \
очи глава лице врата град градът страна страната семейство баща майка мама татко брат сестра \
син дъщеря съпруг съпруга куче котка дърво наоколо въпреки достатъчно почти доста вероятно \
вместо назад скоро рано често обикновено заедно разбирам разбрах помня вярвам стана живея \
живее знам зная знаеш знае искаше нужно харесва харесвам видях вижда виждам каза казах казва \
казвам взех взе дадох даде работа работата работи работя чакам чаках хубав хубава хубаво добър \
добра добро време времето път пътя правилно отговор отговори скъпо евтино препоръчвам отново \
пак така такъв такава такова такива всичко нас вас им мой моя мое мои твой твоя наш наша ваш \
ваша свой своя какъв каква какви колко кои някой някои никой винаги никога понякога здравей \
здравейте получих получи магазин магазина продукт продукта стоката стока направя направи \
направих правя прави отида отиде отидох ида идва дойде дойдох купих купи купя плащане платих \
карта картата телефон телефона поща писмо съобщение обадих ям яде пия пие спя спи стоя седя \
гледам гледа слушам чета пиша писах говоря говори кажа попитах помогна помогнете помощ отворя \
затворя започна започнах свърша мисля мислиш мислех обичам обича червен зелен жълт черен бял \
сив важно важен възможно невъзможно интересно интересен трудно лесно лесен прост готов \
свободен пълен празен млад уморен гладен болен силен слаб богат беден чист мръсен тихо кола \
колата автобус влак самолет улица улицата кафе ресторант хотел болница лекар полиция гара \
летище билет дъжд сняг слънце студено топло горещо лято лятото зима зимата пролет есен дрехи \
рокля риза обувки чанта ключ ключове часовник език езика английски български руски учител \
ученик студент уча урок университет чай мляко хляб месо риба ябълка захар сол бира вино чаша \
бутилка маса стол легло прозорец стена кухня градина компютър интернет телевизор снимка снимки \
видео музика песен филм игра смешно странно скучно красив красива красиво например изведнъж \
веднага затова именно особено съвсем точно наистина всъщност счупен счупено повреден отказах \
отказ оплакване отстъпка седмица седмици дни ден часа часове минути месец месеца година години \
все даже два дом друг или как мир после сам себе три час места машина проблема проблеми сайт \
приложение отлично брак книги утро служба номера наши свои неделя каже тебе том качества \
ужасно приложения сайта оператор просто получил проблем дома мира друга школа отец дал наше \
ваше ела написал готова пол акция абсолютно август автор адрес анализ ангел армия база банка \
бар бизнес бог богатство бомба бюджет бюро вариант век вид вкус внимание война враг вторник \
вход газ гора господин граница движение двор действие дело директор договор доктор документ \
дух душа желание задача закон звезда звук значение идея издание иначе интерес история кабинет \
канал картина кино клиент клуб количество компания конкурс концерт край красота курс лекарство \
линия лист луна май март масло материал мечта минута мнение мода момент море москва мост музей \
награда надежда народ начало необходимо нож нос образ образование обратно общество орган \
организация отношение офис парк партия певец план победа повод пожар поле политика половина \
правило предложение пример природа причина проект птица радио разговор размер район революция \
режим река реклама ремонт решение родители роман свобода сила слава сок спор спорт среда срок \
станция столица страница страх сцена тайна такси температура точка транспорт услуга условие \
успех фирма форма футбол храм художник число член чувство шоколад шум абонамент автомобил \
адвокат администрация айсберг акаунт актьор аларма алкохол аптека асансьор багаж баба баланс \
балкон банан баня барака батерия безплатно безопасност бележка бельо бисквита благодарение \
близо блуза бодлив болест бонбон борба ботуши брада братовчед бреме бряг будилник буря бутон \
бъдеще бърз бъркотия вана вафла вежди вежлив везни вестник ветеринар вечеря взимам виждане \
вилица висок включа внук внучка водач возя врабче вратовръзка вреден връзка връщане \
всекидневен въздух възглавница възможност възраст вълна вълнуващ вярно гараж гардероб гаранция \
гащи гледка глоба гол голф горещ гост гостоприемство готвач гражданин грах грешка грижа гроб \
грозде грозен група гума гърло гърди гъба гълъб давам далече дарение дворец декември дебел \
депозит десерт детство джоб джинси диван дизайн дим диня дискета длан днешен добавям довиждане \
доказателство докосвам долу домат домакиня допълнителен доставчик дочакам драскотина дреха \
дружба дупка дървен дълъг дълг държава дюшек евтин единствен едър езеро екран експрес \
електричество енергия етаж жалба жега железница желязо животно жилище забавен забравям \
заведение заглавие задължително заек закуска закъснение заплата запис запазвам зарядно засега \
заспивам затворен защита здрав здраве зеле земя злато зъб игла играчка избор извинете известен \
изгрев изключение изкуство изложба имейл инат информация йога кабел калъф камион камък кантар \
капачка карам картоф каса катастрофа качване квартал кеф кифла клавиатура ключалка книжарница \
кобила ковчег когато кожа колан колело колега колие кон контакт копче кораб кореспонденция \
корен костюм кош краставица крава крак крастав кредит крем крило кръв кръг купувам куфар къпя \
късмет лайка лампа лек лодка лъжица любов люлка магазинът майтап малина мармалад матрак мебели \
мед медицина мелодия меню месар метла миг минавам мишка мобилен модерен молив момиче момче \
морков мравка мухъл мъгла мързелив наем наказание налягане намаление намирам направо напред \
наслука настроение научавам национален негов недостатък нежен незабавно некоректен неправилен \
неприятен неуспех ножица носия нощувка обаждане обади обещавам облак облекло обслужване обувка \
обяд овца огледало огън одеяло олио опаковка опашка описание опит оплаквам оранжев орех оризов \
осигуровка основа остров отговарям отдавна отказвам отпуска охрана очила пазар пакет палатка \
палачинка палто панталон парола партньор паста пазаруване пейка пера перална петно пеша пиле \
пипер писалка пица плаж планина плащам плод плувам площад подарък подкрепа подобен подпис \
подреждам поздрав покана покрив полза полица помагам понеделник поправка порт портокал \
последен посока пощальон празник праг превод предлагам предпочитам представление прекалено \
прекрасен преместване приятно програма прогноза продавач производство промяна против професия \
процент прочетох пукнат пуловер пура пускам пушене пясък работник радост разбира развален \
разходка рамо ранен ранец резервация рецепта речник рожден роза рубла ръкавица ръчен салата \
сапун сборен свещ свинско свършвам сделка сено сервиз сирене скъп сладолед следобед смея \
смешен смях снимам собственик спалня спане спешно спирка спокоен справка сряда стабилен \
стадион стъкло стълба съвет съгласен съдба съдържание сърце сутиен сух сушилня събота табела \
таван таксиметров тапети тарифа твърд телевизия телефонен тенджера тениска теория тетрадка \
тиква тих толкова топка топъл торба торта точен трамвай труден тръба туристически търговец \
търся тясно убеден уви угасна удобен ужасен указание украинец умен умирам усмивка устройство \
ухо учебник фабрика фамилия фактура фенер фланелка фотоапарат фризьор хапче хартия хвърлям \
хижа хладилник хлебарка ходя холандия цвете цвят цигара цирк цял чадър чакане чаршаф череша \
честит честно четка чиния чиста чорапи чувам чушка шампоан шапка шарка шега шеф шише шкаф \
шофьор щастие щастлив щедър щипка яйце яке ясно привет доставки товар получила получили слово \
папа нужна говорил дала могла спал фото бензин весело водка доход душ знание извините \
изменение инженер климат коридор метро отпуск пара паспорт пенсия агент академия архив атака \
библиотека бизнесмен близко вещи вина внезапно впечатление временно горе график дата дебют \
декорация депутат дефицит диалог диета дисциплина доверие доклад долина единица ежедневно \
жалко журналист завод заявка знак изображение икона инструмент истина камера кампания капитан \
картон каталог кит комитет конфликт копия красавица купон лаборатория легенда лекция лента \
лечение максимум марка маршрут маска математика метод минимум набор направление наука \
обвинение обмен опера отдел оценка пауза плюс подробно позиция предприятие разрешение ракета \
рамка растение регистрация робот сезон секунда семена сериал склад сметана стипендия таблица \
удобно усилие фен физика финал формат химия хирург";

/// Belarusian.
const LEX_BE: &str = "\
і ў не на што гэта як але ён яна яны мы вы я з да ад па для быў была было вельмі дзякуй калі \
таму ці";

/// Serbian.
const LEX_SR: &str = "\
и у је да се на не за са од су што али као из то ће би сам смо сте био била било мене ја ти он \
она ми ви они овај ова ово који која које када где хвала молим много врло веома још већ само \
нешто ништа";

/// Macedonian.
const LEX_MK: &str = "\
и во на не за се да од со е што како но ќе би сум си сме сте беше јас ти тој таа тоа ние вие \
тие овој оваа ова кој која кое кога каде благодарам многу веќе само нешто ништо има нема сега \
тука таму";

// ---------------------------------------------------------------------------------------------
// Lexicon table: all lists merged at compile time, looked up through a hash index.
// ---------------------------------------------------------------------------------------------

const LEXICONS: [(Cand, &str); 20] = [
    (Cand::En, LEX_EN),
    (Cand::Fi, LEX_FI),
    (Cand::Et, LEX_ET),
    (Cand::Sv, LEX_SV),
    (Cand::De, LEX_DE),
    (Cand::Es, LEX_ES),
    (Cand::Fr, LEX_FR),
    (Cand::It, LEX_IT),
    (Cand::Pt, LEX_PT),
    (Cand::Nl, LEX_NL),
    (Cand::Pl, LEX_PL),
    (Cand::Da, LEX_DA),
    (Cand::Nb, LEX_NB),
    (Cand::Tr, LEX_TR),
    (Cand::Ru, LEX_RU),
    (Cand::Uk, LEX_UK),
    (Cand::Bg, LEX_BG),
    (Cand::Be, LEX_BE),
    (Cand::Sr, LEX_SR),
    (Cand::Mk, LEX_MK),
];

const fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\n'
}

/// The first whitespace-separated word of `s` at or after byte `pos`, and the byte after it.
/// (Byte slices and `from_utf8`, which older compilers allow in const context.)
const fn word_at(s: &'static str, pos: usize) -> Option<(&'static str, usize)> {
    let b = s.as_bytes();
    let mut i = pos;
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    if i == b.len() {
        return None;
    }
    let mut j = i;
    while j < b.len() && !is_space(b[j]) {
        j += 1;
    }
    let (_, tail) = b.split_at(i);
    let (word, _) = tail.split_at(j - i);
    // Cut at ASCII spaces, so the word is valid UTF-8.
    match std::str::from_utf8(word) {
        Ok(word) => Some((word, j)),
        Err(_) => panic!("lexicon is not valid UTF-8"),
    }
}

const LEX_LEN: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < LEXICONS.len() {
        let mut pos = 0;
        while let Some((_, end)) = word_at(LEXICONS[i].1, pos) {
            n += 1;
            pos = end;
        }
        i += 1;
    }
    n
};

/// All lexicon entries `(word, candidate)`, in list order.
static LEXICON: [(&str, Cand); LEX_LEN] = {
    let mut t: [(&str, Cand); LEX_LEN] = [("", Cand::En); LEX_LEN];
    let mut k = 0;
    let mut i = 0;
    while i < LEXICONS.len() {
        let mut pos = 0;
        while let Some((w, end)) = word_at(LEXICONS[i].1, pos) {
            t[k] = (w, LEXICONS[i].0);
            k += 1;
            pos = end;
        }
        i += 1;
    }
    t
};

/// Size of the open-addressing hash index over [`LEXICON`] (a power of two, at least twice the
/// number of entries).
const LEX_SLOTS: usize = (2 * LEX_LEN).next_power_of_two();

/// FNV-1a hash of a word, usable in const context.
const fn fnv1a(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

const _: () = assert!(LEX_LEN < u16::MAX as usize, "LEX_INDEX holds u16 indices");

/// Hash index: slot -> 1 + index into [`LEXICON`], 0 for an empty slot (linear probing).
static LEX_INDEX: [u16; LEX_SLOTS] = {
    let mut index = [0u16; LEX_SLOTS];
    let mut k = 0;
    while k < LEX_LEN {
        let mut slot = fnv1a(LEXICON[k].0) as usize & (LEX_SLOTS - 1);
        while index[slot] != 0 {
            slot = (slot + 1) & (LEX_SLOTS - 1);
        }
        index[slot] = (k + 1) as u16;
        k += 1;
    }
    index
};

/// Whether `cand`'s lexicon lists `word`.
fn in_lexicon(word: &str, cand: Cand) -> bool {
    let mut found = false;
    lexicon_hits(word, |c| found |= c == cand);
    found
}

/// Inflectional endings stripped to find a listed base form: `(language, endings, replacements)`.
/// Only for short texts, where every word counts.
const STEMMING: &[(Cand, &[&str], &[&str])] = &[
    (
        Cand::En,
        &["ing", "ies", "ied", "es", "ed", "ly", "er", "s", "d"],
        &["", "e", "y"],
    ),
    (
        Cand::Fi,
        &[
            "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "kin", "an",
            "en", "in", "on", "un", "än", "ta", "tä", "na", "nä", "ja", "jä", "n", "t", "a", "ä",
        ],
        &["", "a", "ä", "i", "e"],
    ),
    (
        Cand::Et,
        &[
            "dele", "tele", "ga", "st", "le", "lt", "ks", "sse", "d", "s", "t",
        ],
        &["", "a", "e"],
    ),
    (
        Cand::Sv,
        &[
            "arna", "erna", "orna", "en", "et", "er", "ar", "or", "na", "a", "t", "s", "e",
        ],
        &["", "a", "e"],
    ),
    (
        Cand::De,
        &["ern", "en", "er", "es", "em", "st", "e", "n", "s", "t"],
        &["", "e", "en"],
    ),
    (
        Cand::Es,
        &[
            "mente", "ando", "iendo", "ados", "adas", "idos", "idas", "es", "os", "as", "s", "a",
            "o",
        ],
        &["", "o", "a", "e", "ar", "er", "ir"],
    ),
    (
        Cand::Ru,
        &[
            "ами", "ями", "ого", "его", "ому", "ему", "ая", "ое", "ые", "ый", "ий", "ой", "ей",
            "ую", "ых", "ым", "ом", "ем", "ам", "ах", "ов", "ии", "ию", "ла", "ло", "ли", "ет",
            "ит", "ут", "ют", "ат", "ят", "а", "я", "у", "ю", "ы", "и", "е", "о",
        ],
        &["", "а", "ь", "й", "ый", "ть"],
    ),
    (
        Cand::Uk,
        &[
            "ами", "ого", "ому", "ою", "ий", "ої", "ів", "ам", "ах", "ом", "ла", "ло", "ли", "ти",
            "а", "у", "ю", "и", "і", "е", "о",
        ],
        &["", "а", "ь", "й", "ий", "ти"],
    ),
    (
        Cand::Bg,
        &[
            "ите", "ата", "ото", "ът", "ят", "та", "то", "те", "ия", "и", "а", "я", "е",
        ],
        &["", "а", "о", "ия"],
    ),
];

/// Adds `weight` for each language of [`STEMMING`] that lists a base form of `word` (but not the
/// word itself).
fn stem_hits(word: &str, s: &mut Scores, weight: f32) {
    let mut buf = String::with_capacity(word.len() + 4);
    for (cand, endings, replacements) in STEMMING {
        if in_lexicon(word, *cand) {
            continue;
        }
        let mut tried = 0;
        'endings: for end in *endings {
            let Some(stem) = word.strip_suffix(end) else {
                continue;
            };
            if stem.chars().count() < 3 {
                continue;
            }
            tried += 1;
            for rep in *replacements {
                buf.clear();
                buf.push_str(stem);
                buf.push_str(rep);
                if buf != word && in_lexicon(&buf, *cand) {
                    s[*cand as usize] += weight;
                    break 'endings;
                }
            }
            if tried == 3 {
                break;
            }
        }
    }
}

/// Adds `weight` for each compounding language (fi, et, sv, de) whose lexicon lists a tail of
/// `word` of at least four letters after a head of at least three: the last part of a compound
/// carries its language (asiakas+palvelu, Kunden+dienst). Short texts only.
fn compound_hits(word: &str, s: &mut Scores, weight: f32) {
    let mut found = 0u32;
    for (i, _) in word.char_indices().skip(3) {
        let tail = &word[i..];
        if tail.chars().count() < 4 {
            break;
        }
        lexicon_hits(tail, |c| {
            if matches!(c, Cand::Fi | Cand::Et | Cand::Sv | Cand::De) {
                found |= 1 << c as u32;
            }
        });
    }
    for c in [Cand::Fi, Cand::Et, Cand::Sv, Cand::De] {
        if found & (1 << c as u32) != 0 && !in_lexicon(word, c) {
            s[c as usize] += weight;
        }
    }
}

/// Calls `f` for every candidate whose lexicon lists `word` (once per candidate).
fn lexicon_hits(word: &str, mut f: impl FnMut(Cand)) {
    let mut slot = fnv1a(word) as usize & (LEX_SLOTS - 1);
    let mut seen = 0u32;
    while LEX_INDEX[slot] != 0 {
        let (w, c) = LEXICON[LEX_INDEX[slot] as usize - 1];
        if w == word && seen & (1 << c as u32) == 0 {
            seen |= 1 << c as u32;
            f(c);
        }
        slot = (slot + 1) & (LEX_SLOTS - 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Detection.
// ---------------------------------------------------------------------------------------------

type Scores = [f32; NCAND];

/// Weight of a lexicon hit.
const W_LEX: f32 = 2.1;
/// A text whose first words already give one candidate this lead stops being read...
const DECISIVE_LEAD: f32 = 14.0;
/// ...but only after this many words.
const DECISIVE_AFTER_WORDS: usize = 16;
/// Bits of the supported languages in a mask of candidates.
const SUPPORTED_MASK: u32 = 1 << Cand::En as u32 | 1 << Cand::Fi as u32 | 1 << Cand::Ru as u32;
/// Weight of a lexicon hit on a base form (short texts only).
const W_STEM: f32 = 1.2;
/// Weight of a lexicon hit on the last part of a compound (short texts only).
const W_COMPOUND: f32 = 0.8;
/// Texts of at most this many words get the short-text treatment.
const SHORT_WORDS: usize = 4;
/// Penalty of English for a word of a short text that the English lexicon lacks.
const EN_UNLISTED: f32 = 0.5;
/// Starting scores. The supported languages get a small bonus so that they win when the
/// evidence is close; the "other language of this script" pseudo-candidates need letters that
/// none of the listed languages uses.
const PRIORS: &[(Cand, f32)] = &[
    (Cand::En, 0.5),
    (Cand::Fi, 0.4),
    (Cand::Ru, 0.5),
    (Cand::Et, 0.4),
    (Cand::Sv, 0.5),
    (Cand::De, 0.1),
    (Cand::Es, 0.3),
    (Cand::Xl, -4.0),
    (Cand::Xc, -4.0),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Other,
}

fn char_script(c: char) -> Script {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// A word of the text, lowercased into [`Words::lower`].
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    script: Script,
    letters: usize,
    /// Starts with a capital letter.
    capital: bool,
}

/// The words of a text: runs of letters (with inner apostrophes), lowercased. Mentions, hashtags,
/// URLs, e-mail addresses, CamelCase brand names and interjections such as "ok" or "haha" are
/// left out.
#[derive(Debug, Default)]
struct Words {
    lower: String,
    words: Vec<Word>,
    /// Letters per script over the kept words: Latin, Cyrillic, other.
    letters: [usize; 3],
    /// Inverted Spanish punctuation seen.
    spanish_marks: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`' | '\u{00B4}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F)
}

/// Cyrillic letter a lowercase Latin look-alike stands for inside a Cyrillic word.
fn latin_to_cyrillic(c: char) -> char {
    match c {
        'a' => 'а',
        'b' => 'в',
        'c' => 'с',
        'e' => 'е',
        'h' => 'н',
        'i' => 'і',
        'k' => 'к',
        'm' => 'м',
        'o' => 'о',
        'p' => 'р',
        't' => 'т',
        'x' => 'х',
        'y' => 'у',
        _ => c,
    }
}

fn skip_chunk(chunk: &str) -> bool {
    chunk.starts_with(['@', '#'])
        || chunk.contains("://")
        || chunk.starts_with("www.")
        || (chunk.contains('@') && chunk.contains('.'))
}

/// Interjections and chat words that say nothing about the language.
fn is_neutral(w: &str) -> bool {
    const NEUTRAL: &[&str] = &[
        "ok", "okay", "okey", "okei", "oki", "lol", "lmao", "omg", "wow", "xd", "xdd", "hmm", "hm",
        "uh", "um", "oh", "ah", "eh", "yay", "ха", "хм", "ок", "ого", "ммм", "мм", "эх", "ах",
        "ох", "ой",
    ];
    if NEUTRAL.contains(&w) {
        return true;
    }
    let mut chars = w.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        // Empty or a single letter ("я", "i", "y"): a word like any other.
        return false;
    };
    // One repeated letter ("aaaa", "zzz").
    if w.chars().all(|c| c == a) {
        return true;
    }
    // Laughter: "haha", "hehe", "jaja", "хаха".
    let n = w.chars().count();
    n >= 4
        && n % 2 == 0
        && matches!(a, 'h' | 'j' | 'х')
        && w.chars()
            .enumerate()
            .all(|(i, c)| c == if i % 2 == 0 { a } else { b })
}

impl Words {
    fn new(text: &str) -> Self {
        let mut ws = Words::default();
        ws.lower.reserve(text.len() + 8);
        ws.spanish_marks = text.contains(['¿', '¡']);
        let has_lowercase = text.chars().any(char::is_lowercase);
        for chunk in text.split_whitespace() {
            if skip_chunk(chunk) {
                continue;
            }
            let mut chars = chunk.chars().peekable();
            while let Some(c) = chars.next() {
                if !crate::text::is_letter(c) {
                    continue;
                }
                // A run of letters, with apostrophes between letters.
                let start = ws.lower.len();
                let mut counts = [0usize; 3];
                let mut camel = false;
                let mut prev_lower = false;
                let mut all_upper = true;
                let capital = c.is_uppercase();
                let mut cur = c;
                loop {
                    if is_combining(cur) {
                        // stress marks and the like: skip
                    } else {
                        counts[char_script(cur) as usize] += 1;
                        if cur.is_uppercase() && prev_lower {
                            camel = true;
                        }
                        prev_lower = cur.is_lowercase();
                        all_upper &= !cur.is_lowercase();
                        crate::text::push_lowercase(&mut ws.lower, cur);
                    }
                    match chars.peek() {
                        Some(&n) if crate::text::is_letter(n) || is_combining(n) => {
                            cur = n;
                            chars.next();
                        }
                        Some(&n) if is_apostrophe(n) => {
                            chars.next();
                            match chars.peek() {
                                Some(&m) if crate::text::is_letter(m) => {
                                    ws.lower.push('\'');
                                    cur = m;
                                    chars.next();
                                }
                                _ => break,
                            }
                        }
                        _ => break,
                    }
                }
                let end = ws.lower.len();
                if counts[1] > 0 && counts[0] > 0 && counts[1] >= counts[0] {
                    // Latin look-alikes typed inside a Cyrillic word ("бiльше", "зaказ").
                    let fixed: String = ws.lower[start..end]
                        .chars()
                        .map(latin_to_cyrillic)
                        .collect();
                    ws.lower.truncate(start);
                    ws.lower.push_str(&fixed);
                    counts[1] += counts[0];
                    counts[0] = 0;
                }
                let end = ws.lower.len();
                let word = &ws.lower[start..end];
                let letters = counts.iter().sum::<usize>();
                // Short all-capital words in a text that is not shouted are acronyms (SSL,
                // PKCS), unless they are listed words written for emphasis (NOT, НЕ).
                let acronym = all_upper && (2..=5).contains(&letters) && has_lowercase && {
                    let mut listed = false;
                    lexicon_hits(word, |_| listed = true);
                    !listed
                };
                // Latin words without vowels are abbreviations (pkcs, csv, mr).
                let vowelless = counts[0] == letters && letters >= 2 && !word.chars().any(is_vowel);
                if camel || letters == 0 || acronym || vowelless || is_neutral(word) {
                    ws.lower.truncate(start);
                    continue;
                }
                let script = if counts[1] > counts[0] && counts[1] >= counts[2] {
                    Script::Cyrillic
                } else if counts[0] >= counts[2] {
                    Script::Latin
                } else {
                    Script::Other
                };
                ws.letters[script as usize] += letters;
                ws.lower.push(' ');
                ws.words.push(Word {
                    start,
                    end,
                    script,
                    letters,
                    capital,
                });
            }
        }
        ws
    }

    fn text(&self, w: &Word) -> &str {
        &self.lower[w.start..w.end]
    }
}

/// Cuts `text` to at most `max` bytes at a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

impl LangDetector {
    /// Creates a detector with the default configuration.
    pub fn new() -> Self {
        Self::default()
    }

    /// Detects the language of `text`; only its first 1,000 bytes are analysed.
    pub fn detect(&self, text: &str) -> LangGuess {
        let text = prefix(text, MAX_BYTES);
        let words = Words::new(text);
        let [latin, cyrillic, other] = words.letters;
        let total = latin + cyrillic + other;
        if total == 0 {
            return unknown(0.0);
        }
        if other > latin + cyrillic {
            return other_script(text, other);
        }
        // Russian feedback often quotes Latin brand names; the reverse is rare.
        let script = if 2 * cyrillic >= latin {
            Script::Cyrillic
        } else {
            Script::Latin
        };
        let letters = words.letters[script as usize];
        // In Cyrillic text a lone lowercase Latin "i" is the Ukrainian conjunction "і" typed on a
        // Latin layout (a capital one is more likely a Roman numeral).
        let kept: Vec<&Word> = words
            .words
            .iter()
            .filter(|w| {
                w.script == script
                    || (script == Script::Cyrillic && !w.capital && words.text(w) == "i")
            })
            .collect();
        if letters <= 2 || (kept.len() == 1 && kept[0].letters <= 2) {
            return unknown(0.05);
        }
        let cands: &[Cand] = if script == Script::Latin {
            &LATIN
        } else {
            &CYRILLIC
        };
        let short = kept.len() <= SHORT_WORDS;

        let mut s: Scores = [0.0; NCAND];
        for &(c, prior) in PRIORS {
            s[c as usize] = prior;
        }
        let mut joined = String::with_capacity(letters * 2 + kept.len());
        // Words only the lexicons of unsupported (resp. supported) languages list.
        let (mut only_other, mut only_supported) = (0, 0);
        let mut decisive = false;
        for (i, w) in kept.iter().enumerate() {
            // Long texts: once the words alone settle it, the rest of the text and whatlang's
            // trigrams cannot change the answer.
            if i >= DECISIVE_AFTER_WORDS && i % 4 == 0 && lead(&s, cands) >= DECISIVE_LEAD {
                decisive = true;
                break;
            }
            let t = if w.script == script {
                words.text(w)
            } else {
                "і"
            };
            let mut mask = 0u32;
            lexicon_hits(t, |c| mask |= 1 << c as u32);
            if mask != 0 {
                if mask & SUPPORTED_MASK == 0 {
                    only_other += 1;
                } else if mask & !SUPPORTED_MASK == 0 {
                    only_supported += 1;
                }
            }
            if short {
                // Few words: every one counts, so also look up base forms, and let an English
                // word that is not listed at all count against English.
                let en_before = s[Cand::En as usize];
                stem_hits(t, &mut s, W_STEM);
                if script == Script::Latin {
                    compound_hits(t, &mut s, W_COMPOUND);
                }
                if script == Script::Latin
                    && s[Cand::En as usize] == en_before
                    && !in_lexicon(t, Cand::En)
                {
                    s[Cand::En as usize] -= EN_UNLISTED;
                }
            }
            if script == Script::Latin {
                latin_word(t, &mut s);
            } else {
                cyrillic_word(t, &mut s);
            }
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(t);
        }
        if script == Script::Latin && words.spanish_marks {
            bump_latin(&mut s, &[(Cand::Es, 3.0)], -1.0);
        }

        // Certain evidence rules the supported languages out: Ukrainian і ї є ґ without Russian
        // ы э ё ъ is never Russian; õ ü ß never occur in English or Finnish words; and a text with
        // two words that only other languages use, and none that only en/fi/ru use, is not
        // en/fi/ru.
        let has = |set: &[char]| joined.chars().any(|c| set.contains(&c));
        let veto = if script == Script::Cyrillic {
            has(&['і', 'ї', 'є', 'ґ']) && !has(&['ы', 'э', 'ё', 'ъ'])
        } else {
            has(&['õ', 'ü', 'ß'])
        } || (only_other >= 2 && only_supported == 0);
        if veto {
            for c in [Cand::En, Cand::Fi, Cand::Ru] {
                s[c as usize] = f32::NEG_INFINITY;
            }
        }

        if decisive && !veto {
            return decide(&s, cands, letters, &joined);
        }
        // whatlang's trigram view, over the main candidates of the script only.
        use whatlang::Lang as W;
        let allow = if script == Script::Latin {
            vec![W::Eng, W::Fin, W::Est, W::Swe, W::Deu, W::Spa]
        } else {
            vec![W::Rus, W::Ukr, W::Bul]
        };
        let info = whatlang::Detector::with_allowlist(allow).detect(&joined);
        if let Some((info, c)) = info.and_then(|i| Cand::from_whatlang(i.lang()).map(|c| (i, c))) {
            let conf = info.confidence() as f32;
            let vote = if script == Script::Latin {
                (0.2 + 0.06 * letters as f32).min(4.0) * (0.5 + 0.5 * conf)
            } else if kept.len() <= 2 {
                1.2 * (0.5 + 0.5 * conf)
            } else {
                // whatlang tells Russian from Bulgarian poorly; in longer texts the words say
                // more, so only its confident calls count.
                1.2 * conf
            };
            s[c as usize] += vote;
        }

        decide(&s, cands, letters, &joined)
    }
}

/// Detects the language of `text`; shorthand for [`LangDetector::new`] and
/// [`LangDetector::detect`].
///
/// ```
/// use feedback_themes::lang::{detect, Lang};
///
/// assert_eq!(detect("Toimitus myöhässä!!").lang, Lang::Fi);
/// assert_eq!(detect("заказ не доставили").lang, Lang::Ru);
/// assert_eq!(detect("@Amazon where is my parcel??").lang, Lang::En);
///
/// let guess = detect("Die Lieferung ist leider nicht angekommen.");
/// assert_eq!(guess.lang, Lang::Other);
/// assert_eq!(guess.detected, Some("de"));
///
/// assert_eq!(detect("12345").lang, Lang::Unknown);
/// ```
pub fn detect(text: &str) -> LangGuess {
    LangDetector::new().detect(text)
}

fn unknown(confidence: f32) -> LangGuess {
    LangGuess {
        lang: Lang::Unknown,
        confidence,
        detected: None,
    }
}

/// A text mostly in a script other than Latin or Cyrillic (Greek, Arabic, CJK, …).
fn other_script(text: &str, letters: usize) -> LangGuess {
    let info = whatlang::detect(text);
    let detected = info.as_ref().and_then(|i| iso639_1(i.lang()));
    let confidence = info.as_ref().map_or(0.5, |i| i.confidence() as f32) * evidence(letters);
    LangGuess {
        lang: Lang::Other,
        confidence: confidence.clamp(0.0, 1.0),
        detected,
    }
}

/// How much a number of letters can be trusted, in `(0, 1]`.
fn evidence(letters: usize) -> f32 {
    (letters as f32 / 20.0).sqrt().min(1.0)
}

/// Lead of the best candidate over the second best.
fn lead(s: &Scores, cands: &[Cand]) -> f32 {
    let (mut first, mut second) = (f32::NEG_INFINITY, f32::NEG_INFINITY);
    for &c in cands {
        let v = s[c as usize];
        if v > first {
            second = first;
            first = v;
        } else if v > second {
            second = v;
        }
    }
    first - second
}

fn decide(s: &Scores, cands: &[Cand], letters: usize, joined: &str) -> LangGuess {
    // Best candidate per class (en / fi / ru / other).
    let mut best: [Option<Cand>; 4] = [None; 4];
    for &c in cands {
        let k = match c.lang() {
            Lang::En => 0,
            Lang::Fi => 1,
            Lang::Ru => 2,
            _ => 3,
        };
        if best[k].map_or(true, |b| s[c as usize] > s[b as usize]) {
            best[k] = Some(c);
        }
    }
    let score = |k: usize| best[k].map_or(f32::NEG_INFINITY, |c| s[c as usize]);
    let mut top = 3;
    for k in 0..3 {
        if score(k) > score(top) {
            top = k;
        }
    }
    let rival = (0..4)
        .filter(|&k| k != top)
        .map(score)
        .fold(f32::NEG_INFINITY, f32::max);
    let margin = score(top) - rival;
    let confidence = (1.0 / (1.0 + libm::expf(-margin))) * evidence(letters);
    let cand = best[top].unwrap_or(cands[0]);
    let detected = match cand.code() {
        Some(code) => Some(code),
        None => whatlang::detect(joined).and_then(|i| iso639_1(i.lang())),
    };
    LangGuess {
        lang: cand.lang(),
        confidence: confidence.clamp(0.0, 1.0),
        detected,
    }
}

// ---------------------------------------------------------------------------------------------
// Word features. Weights are log-odds-like: a lexicon hit is worth `W_LEX`; a letter a language
// does not use costs about 2-3; a typical ending is worth 0.5-1.5.
// ---------------------------------------------------------------------------------------------

/// Adds `plus` to the listed candidates and `rest` to every other Latin candidate (not `Xl`).
fn bump_latin(s: &mut Scores, plus: &[(Cand, f32)], rest: f32) {
    for c in LATIN {
        if c == Cand::Xl {
            continue;
        }
        s[c as usize] += plus.iter().find(|(p, _)| *p == c).map_or(rest, |(_, w)| *w);
    }
}

fn add(s: &mut Scores, items: &[(Cand, f32)]) {
    for &(c, w) in items {
        s[c as usize] += w;
    }
}

fn is_cyrillic_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є'
    )
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'ä'
            | 'ö'
            | 'ü'
            | 'õ'
            | 'å'
            | 'á'
            | 'é'
            | 'í'
            | 'ó'
            | 'ú'
            | 'à'
            | 'è'
            | 'ì'
            | 'ò'
            | 'ù'
            | 'â'
            | 'ê'
            | 'î'
            | 'ô'
            | 'û'
            | 'ã'
            | 'æ'
            | 'ø'
            | 'ı'
    )
}

/// Best weight among the suffixes of `w` (the stem must keep at least two characters): the plain
/// definition that [`add_suffix_scores`] computes faster (kept as the tests' oracle).
#[cfg(test)]
fn suffix_score(w: &str, n_chars: usize, table: &[(&str, f32)]) -> f32 {
    let mut best = 0.0f32;
    let w = w.as_bytes();
    for (suf, weight) in table {
        // A byte loop from the end: most suffixes fail on the last byte, and a libc memcmp call
        // per suffix cost more than the comparison itself.
        let suf = suf.as_bytes();
        if *weight > best
            && suf.len() <= w.len()
            && suf.iter().rev().zip(w.iter().rev()).all(|(a, b)| a == b)
            && n_chars >= suf.iter().filter(|&&b| b & 0xC0 != 0x80).count() + 2
        {
            best = *weight;
        }
    }
    best
}

const SUF_EN: &[(&str, f32)] = &[
    ("ing", 1.0),
    ("ings", 1.2),
    ("tion", 0.6),
    ("tions", 0.8),
    ("ness", 1.5),
    ("ment", 0.5),
    ("ments", 0.8),
    ("ly", 1.0),
    ("ed", 0.6),
    ("ers", 0.4),
    ("able", 0.6),
    ("ible", 0.6),
    ("ful", 1.2),
    ("less", 1.0),
    ("ous", 1.2),
    ("ity", 1.0),
    ("ies", 0.8),
    ("ght", 1.2),
    ("th", 0.8),
    ("ship", 1.2),
    ("ward", 0.8),
    ("wards", 1.2),
    ("ance", 0.6),
    ("ence", 0.6),
    ("ize", 1.0),
    ("ary", 0.6),
    ("ory", 0.6),
    ("ery", 0.6),
    ("er", 0.2),
    ("ck", 0.6),
    ("ew", 0.8),
    ("ow", 0.8),
    ("aw", 0.8),
    ("ay", 0.8),
    ("ey", 0.6),
    ("oy", 0.6),
    ("ve", 0.5),
    ("ould", 1.5),
    ("ound", 1.2),
    ("ight", 1.5),
    ("ough", 1.5),
    ("'s", 1.0),
    ("n't", 2.0),
    ("ate", 0.5),
    ("ure", 0.6),
    ("ic", 0.4),
    ("ical", 0.8),
    ("ism", 0.5),
    ("ist", 0.3),
    ("dy", 0.5),
    ("ty", 0.3),
    ("ny", 0.4),
    ("ry", 0.4),
    ("py", 0.6),
    ("ky", 0.4),
    ("ey", 0.5),
];

const SUF_FI: &[(&str, f32)] = &[
    ("ssa", 1.0),
    ("ssä", 1.2),
    ("sta", 0.6),
    ("stä", 1.2),
    ("lla", 0.8),
    ("llä", 1.2),
    ("lta", 0.8),
    ("ltä", 1.2),
    ("lle", 0.8),
    ("ksi", 1.2),
    ("nen", 1.2),
    ("inen", 1.5),
    ("isen", 1.2),
    ("iset", 1.2),
    ("isia", 1.2),
    ("ista", 0.8),
    ("aan", 1.0),
    ("ään", 1.2),
    ("een", 0.6),
    ("iin", 0.8),
    ("oon", 0.8),
    ("uun", 1.0),
    ("yyn", 1.2),
    ("öön", 1.2),
    ("mme", 1.0),
    ("tte", 0.6),
    ("vat", 0.8),
    ("vät", 1.2),
    ("nut", 1.0),
    ("nyt", 1.2),
    ("neet", 1.2),
    ("ttu", 1.0),
    ("tty", 1.2),
    ("tiin", 1.2),
    ("taan", 1.0),
    ("tään", 1.2),
    ("kin", 1.0),
    ("kaan", 1.2),
    ("kään", 1.2),
    ("nsa", 1.0),
    ("nsä", 1.2),
    ("mpi", 1.2),
    ("mman", 1.2),
    ("ja", 0.4),
    ("jä", 0.8),
    ("ia", 0.3),
    ("iä", 0.8),
    ("ta", 0.3),
    ("tä", 0.8),
    ("na", 0.3),
    ("nä", 0.8),
    ("ni", 0.3),
    ("si", 0.3),
    ("ko", 0.5),
    ("kö", 1.0),
    ("uus", 1.0),
    ("yys", 1.2),
    ("sti", 0.8),
    ("ttä", 1.2),
    ("tta", 0.8),
    ("vä", 0.8),
    ("va", 0.3),
    ("yt", 0.8),
    ("eet", 0.6),
    ("aa", 0.6),
    ("ää", 0.8),
    ("ton", 0.5),
    ("tön", 1.0),
    ("ua", 0.4),
    ("yä", 1.0),
    ("oa", 0.6),
    ("hän", 1.0),
    ("lainen", 1.5),
    ("läinen", 1.5),
    ("ihin", 1.2),
    ("iksi", 1.2),
    ("illa", 1.0),
    ("ille", 1.0),
    ("issa", 1.2),
    ("jen", 1.0),
    ("nne", 0.6),
    ("ssaan", 1.5),
    ("ssään", 1.5),
    ("ksen", 1.2),
    ("uksen", 1.5),
    ("ykset", 1.5),
    ("ukset", 1.5),
    ("ukseen", 1.5),
    ("stä", 1.2),
    ("tu", 0.4),
    ("ty", 0.6),
    ("ut", 0.3),
    ("kse", 1.0),
    ("ine", 0.4),
    ("ma", 0.3),
    ("mä", 0.8),
    ("massa", 1.2),
    ("mässä", 1.5),
    ("maan", 1.0),
    ("mään", 1.2),
    ("ttiin", 1.5),
    ("emme", 1.0),
    ("itse", 0.8),
];

const SUF_ET: &[(&str, f32)] = &[
    ("ga", 1.0),
    ("ks", 0.8),
    ("st", 0.3),
    ("lt", 0.8),
    ("le", 0.3),
    ("des", 0.6),
    ("tes", 0.3),
    ("tele", 1.2),
    ("dele", 1.2),
    ("idele", 1.5),
    ("tega", 1.5),
    ("dega", 1.5),
    ("mine", 1.2),
    ("mise", 1.2),
    ("misel", 1.5),
    ("miseks", 1.5),
    ("mist", 1.2),
    ("nud", 1.2),
    ("tud", 1.2),
    ("dud", 1.2),
    ("lik", 0.8),
    ("likud", 1.5),
    ("line", 0.6),
    ("lised", 1.5),
    ("sse", 0.8),
    ("vad", 1.0),
    ("sid", 0.8),
    ("ksid", 1.2),
    ("ma", 0.3),
    ("da", 0.3),
    ("ta", 0.2),
    ("ti", 0.2),
    ("eb", 1.0),
    ("ab", 1.0),
    ("ib", 1.0),
    ("ub", 1.0),
    ("ad", 0.6),
    ("ed", 0.3),
    ("id", 0.5),
    ("ud", 0.6),
    ("ne", 0.3),
    ("se", 0.3),
    ("us", 0.4),
    ("ja", 0.3),
    ("ni", 0.3),
    ("gi", 0.6),
    ("ki", 0.4),
    ("el", 0.4),
    ("il", 0.4),
    ("al", 0.3),
    ("ist", 0.4),
    ("ust", 0.6),
    ("ast", 0.4),
    ("iks", 1.0),
    ("tav", 1.0),
    ("dav", 1.0),
    ("mata", 1.0),
    ("mas", 0.6),
    ("lus", 0.8),
    ("vus", 1.0),
    ("sus", 0.6),
    ("ses", 0.6),
    ("tel", 0.4),
    ("del", 0.6),
    ("gu", 0.6),
    ("ku", 0.3),
];

const SUF_SV: &[(&str, f32)] = &[
    ("ar", 0.5),
    ("er", 0.3),
    ("or", 0.5),
    ("en", 0.3),
    ("et", 0.3),
    ("na", 0.2),
    ("arna", 1.2),
    ("erna", 1.2),
    ("orna", 1.2),
    ("ande", 1.0),
    ("ende", 0.8),
    ("ning", 1.0),
    ("ningen", 1.5),
    ("ningar", 1.5),
    ("het", 0.8),
    ("heten", 1.5),
    ("lig", 1.0),
    ("ligt", 1.2),
    ("liga", 1.0),
    ("ade", 0.8),
    ("ades", 1.0),
    ("ad", 0.3),
    ("skap", 1.2),
    ("sam", 0.6),
    ("ig", 0.6),
    ("igt", 1.0),
    ("iga", 0.6),
    ("else", 0.8),
    ("ats", 1.0),
    ("tt", 0.8),
    ("are", 0.6),
    ("aren", 1.0),
    ("erna", 1.2),
    ("ens", 0.4),
    ("ets", 0.6),
    ("rna", 0.6),
    ("ion", 0.3),
    ("ter", 0.4),
    ("der", 0.4),
    ("ller", 0.6),
    ("ngen", 0.8),
    ("ck", 0.4),
];

const SUF_DE: &[(&str, f32)] = &[
    ("ung", 1.2),
    ("ungen", 1.5),
    ("heit", 1.5),
    ("keit", 1.5),
    ("lich", 1.5),
    ("liche", 1.5),
    ("lichen", 1.5),
    ("isch", 1.2),
    ("ische", 1.5),
    ("chen", 1.0),
    ("schaft", 1.5),
    ("ieren", 1.2),
    ("iert", 1.0),
    ("te", 0.2),
    ("ten", 0.4),
    ("en", 0.4),
    ("ern", 0.6),
    ("er", 0.2),
    ("em", 0.6),
    ("st", 0.3),
    ("nis", 0.8),
    ("tät", 1.5),
    ("ig", 0.4),
    ("igen", 0.8),
    ("lung", 1.2),
    ("tung", 1.2),
    ("cht", 1.0),
    ("sch", 1.0),
    ("eit", 0.8),
    ("sten", 0.8),
    ("ein", 0.4),
    ("gen", 0.4),
    ("ßen", 1.0),
    ("tz", 1.0),
    ("lt", 0.3),
    ("rt", 0.3),
    ("nd", 0.4),
];

const SUF_ES: &[(&str, f32)] = &[
    ("ción", 2.0),
    ("ciones", 2.0),
    ("sión", 2.0),
    ("mente", 1.5),
    ("dad", 1.5),
    ("dades", 1.5),
    ("ado", 1.0),
    ("ada", 0.8),
    ("ados", 1.2),
    ("adas", 1.2),
    ("ido", 1.0),
    ("ida", 0.6),
    ("idos", 1.2),
    ("idas", 1.0),
    ("ando", 1.2),
    ("iendo", 1.5),
    ("ar", 0.4),
    ("ir", 0.4),
    ("os", 0.6),
    ("as", 0.5),
    ("es", 0.3),
    ("amos", 1.2),
    ("emos", 1.2),
    ("imos", 1.2),
    ("aba", 1.0),
    ("aban", 1.2),
    ("ía", 1.5),
    ("ían", 1.5),
    ("ero", 0.8),
    ("era", 0.4),
    ("eros", 1.0),
    ("eras", 0.8),
    ("ismo", 1.0),
    ("oso", 1.0),
    ("osa", 1.0),
    ("ente", 0.6),
    ("encia", 1.2),
    ("ancia", 1.2),
    ("ito", 0.8),
    ("ita", 0.4),
    ("illo", 1.2),
    ("illa", 0.8),
    ("o", 0.3),
    ("io", 0.5),
    ("ia", 0.3),
    ("eza", 1.2),
    ("ez", 0.8),
    ("ón", 1.5),
    ("ones", 1.0),
    ("uy", 1.0),
    ("ante", 0.8),
    ("antes", 1.0),
    ("ente", 0.8),
    ("entes", 1.0),
    ("ario", 1.2),
    ("aria", 1.0),
    ("arios", 1.2),
    ("ano", 0.8),
    ("ana", 0.6),
    ("anos", 1.0),
    ("anas", 1.0),
    ("ales", 1.0),
    ("iles", 0.8),
    ("aje", 1.0),
    ("arla", 1.5),
    ("arlo", 1.5),
    ("erla", 1.5),
    ("erlo", 1.5),
    ("irla", 1.5),
    ("irlo", 1.5),
    ("ena", 0.4),
    ("eja", 0.8),
    ("ojo", 0.8),
    ("ores", 0.8),
    ("ura", 0.5),
    ("uras", 0.8),
    ("icos", 1.0),
    ("icas", 1.0),
    ("ico", 0.6),
    ("ica", 0.4),
    ("ivo", 0.8),
    ("iva", 0.6),
    ("ados", 1.2),
    ("emente", 1.5),
];

const SUF_FR: &[(&str, f32)] = &[
    ("tion", 0.6),
    ("ment", 0.6),
    ("eux", 1.5),
    ("euse", 1.5),
    ("ait", 1.2),
    ("aient", 1.5),
    ("ons", 0.6),
    ("ez", 0.8),
    ("er", 0.3),
    ("é", 1.0),
    ("ée", 1.5),
    ("és", 1.0),
    ("eau", 1.5),
    ("aux", 1.2),
    ("oir", 1.0),
    ("ique", 1.0),
    ("elle", 0.6),
    ("ette", 0.8),
    ("ais", 0.8),
    ("oit", 1.0),
    ("ent", 0.4),
    ("que", 0.6),
];

const SUF_IT: &[(&str, f32)] = &[
    ("zione", 2.0),
    ("zioni", 2.0),
    ("mente", 1.0),
    ("are", 0.5),
    ("ere", 0.5),
    ("ire", 0.5),
    ("ato", 0.8),
    ("ata", 0.6),
    ("ati", 0.8),
    ("ito", 0.6),
    ("etto", 1.0),
    ("etta", 1.0),
    ("ello", 0.8),
    ("gli", 1.5),
    ("ggi", 1.2),
    ("cchi", 1.5),
    ("i", 0.3),
    ("o", 0.2),
    ("tà", 2.0),
    ("zza", 1.2),
];

const SUF_PT: &[(&str, f32)] = &[
    ("ção", 2.5),
    ("ções", 2.5),
    ("mente", 1.0),
    ("ão", 2.0),
    ("ões", 2.5),
    ("ado", 0.6),
    ("inho", 1.5),
    ("inha", 1.5),
    ("dade", 1.5),
    ("em", 0.3),
    ("os", 0.4),
    ("as", 0.4),
];

const SUF_NL: &[(&str, f32)] = &[
    ("heid", 1.5),
    ("lijk", 2.0),
    ("tje", 1.5),
    ("en", 0.4),
    ("aar", 0.6),
    ("oor", 0.6),
    ("eer", 0.4),
    ("cht", 0.6),
];

const SUF_PL: &[(&str, f32)] = &[
    ("ów", 2.0),
    ("ość", 2.5),
    ("ych", 1.5),
    ("ego", 1.0),
    ("emu", 1.0),
    ("ać", 1.5),
    ("ie", 0.3),
];

const SUF_DA_NB: &[(&str, f32)] = &[
    ("ene", 0.8),
    ("else", 0.6),
    ("lig", 0.8),
    ("ning", 0.6),
    ("ere", 0.5),
    ("het", 0.5),
];

const SUF_TR: &[(&str, f32)] = &[
    ("lar", 1.5),
    ("ler", 1.2),
    ("lık", 2.5),
    ("lik", 0.8),
    ("dır", 2.5),
    ("mak", 1.5),
    ("mek", 1.5),
    ("iyor", 2.0),
    ("yor", 1.5),
];

/// Non-ASCII letters of the listed Latin-script candidates.
const KNOWN_LATIN: &str = "äöåõüßñáéíóúàèìòùâêîôûëïœçãæøğşıąęłńśźżćšž";

fn latin_word(w: &str, s: &mut Scores) {
    use Cand::*;
    lexicon_hits(w, |c| s[c as usize] += W_LEX);

    let mut buf = [' '; 40];
    let mut n = 0;
    for c in w.chars() {
        if c != '\'' && n < buf.len() {
            buf[n] = c;
            n += 1;
        }
    }
    let ch = &buf[..n];

    // Letters: each distinct letter counts once.
    let mut seen: u64 = 0;
    let mut once = |bit: u32| {
        let fresh = seen & (1 << bit) == 0;
        seen |= 1 << bit;
        fresh
    };
    let mut foreign = false;
    for (i, &c) in ch.iter().enumerate() {
        match c {
            'ä' if once(0) => bump_latin(s, &[(Fi, 0.6), (Et, 0.6), (Sv, 0.6), (De, 0.6)], -2.5),
            'ö' if once(1) => bump_latin(
                s,
                &[(Fi, 0.6), (Et, 0.6), (Sv, 0.6), (De, 0.6), (Tr, 0.6)],
                -2.5,
            ),
            'å' if once(2) => bump_latin(s, &[(Sv, 2.0), (Da, 2.0), (Nb, 2.0), (Fi, -2.0)], -3.0),
            'õ' if once(3) => bump_latin(s, &[(Et, 3.0), (Pt, 1.0)], -3.0),
            'ü' if once(4) => bump_latin(
                s,
                &[
                    (Et, 1.0),
                    (De, 1.5),
                    (Tr, 1.5),
                    (Es, -0.5),
                    (Sv, -2.5),
                    (Fr, -1.5),
                ],
                -3.0,
            ),
            'ß' if once(5) => bump_latin(s, &[(De, 3.0)], -3.0),
            'ñ' if once(6) => bump_latin(s, &[(Es, 3.0)], -3.0),
            'á' if once(7) => bump_latin(s, &[(Es, 1.2), (Pt, 1.2), (It, -2.0), (Fr, -2.0)], -3.0),
            'é' if once(8) => bump_latin(
                s,
                &[
                    (Es, 1.0),
                    (Fr, 1.5),
                    (Pt, 1.0),
                    (It, 0.8),
                    (Sv, -0.5),
                    (En, -1.5),
                    (De, -1.5),
                ],
                -2.0,
            ),
            'í' | 'ó' | 'ú' if once(9) => {
                bump_latin(s, &[(Es, 1.2), (Pt, 1.0), (It, -1.5), (Pl, -1.0)], -3.0)
            }
            'à' | 'è' | 'ì' | 'ò' | 'ù' if once(10) => {
                bump_latin(s, &[(It, 1.5), (Fr, 1.2), (Pt, 0.5)], -3.0)
            }
            'â' | 'ê' | 'î' | 'ô' | 'û' | 'ë' | 'ï' | 'œ' if once(11) => {
                bump_latin(s, &[(Fr, 1.5), (Pt, 0.5), (Nl, 0.5)], -3.0)
            }
            'ç' if once(12) => bump_latin(s, &[(Fr, 1.2), (Pt, 1.2), (Tr, 1.2)], -3.0),
            'ã' if once(13) => bump_latin(s, &[(Pt, 2.5)], -3.0),
            'æ' | 'ø' if once(14) => bump_latin(s, &[(Da, 2.5), (Nb, 2.5)], -3.0),
            'ğ' | 'ş' | 'ı' if once(15) => bump_latin(s, &[(Tr, 2.5)], -3.0),
            'ą' | 'ę' | 'ł' | 'ń' | 'ś' | 'ź' | 'ż' | 'ć' if once(16) => {
                bump_latin(s, &[(Pl, 2.5)], -3.0)
            }
            'š' | 'ž' if once(17) => {
                bump_latin(s, &[(Et, 1.2), (Fi, -1.0)], -3.0);
                s[Xl as usize] += 1.0;
            }
            'w' if once(18) => bump_latin(
                s,
                &[
                    (En, 0.4),
                    (De, 0.4),
                    (Pl, 0.4),
                    (Nl, 0.3),
                    (Fr, -0.8),
                    (Da, -1.0),
                    (Nb, -1.0),
                ],
                -1.5,
            ),
            'q' if once(19) => bump_latin(
                s,
                &[
                    (En, 0.0),
                    (De, -0.5),
                    (Es, 0.3),
                    (Fr, 0.3),
                    (It, 0.3),
                    (Pt, 0.3),
                    (Nl, -1.0),
                ],
                -2.0,
            ),
            'x' if once(20) => add(
                s,
                &[
                    (Fi, -1.5),
                    (Et, -1.5),
                    (De, -0.5),
                    (Sv, -0.3),
                    (Pl, -2.0),
                    (Nl, -0.5),
                    (Tr, -2.0),
                ],
            ),
            'z' if once(21) => add(
                s,
                &[
                    (Fi, -1.5),
                    (Et, -0.8),
                    (Sv, -1.5),
                    (En, -0.3),
                    (Da, -1.5),
                    (Nb, -1.5),
                    (De, 0.5),
                ],
            ),
            'c' if once(22) => add(
                s,
                &[(Fi, -1.5), (Et, -1.5), (Sv, -0.3), (Da, -0.3), (Nb, -0.5)],
            ),
            'y' if once(23) => add(
                s,
                &[
                    (Et, -1.5),
                    (De, -0.8),
                    (It, -1.5),
                    (Pt, -1.5),
                    (Fr, -0.3),
                    (Fi, 0.2),
                    (En, 0.2),
                ],
            ),
            'b' if once(24) => add(s, &[(Fi, -0.7)]),
            'f' if once(25) => add(s, &[(Fi, -0.7)]),
            'g' if (i == 0 || ch[i - 1] != 'n') && once(26) => add(s, &[(Fi, -0.7)]),
            'k' if once(27) => add(s, &[(Es, -1.0), (Fr, -0.8), (It, -1.5), (Pt, -1.0)]),
            c if !c.is_ascii() && !foreign && !KNOWN_LATIN.contains(c) => {
                foreign = true;
                bump_latin(s, &[], -3.0);
                s[Xl as usize] += 2.5;
            }
            _ => {}
        }
    }

    // Letter pairs (each kind once per word).
    let mut pairs: u64 = 0;
    let mut pair_once = |bit: u32| {
        let fresh = pairs & (1 << bit) == 0;
        pairs |= 1 << bit;
        fresh
    };
    for i in 1..n {
        let (a, b) = (ch[i - 1], ch[i]);
        match (a, b) {
            ('t', 'h') if pair_once(0) => add(s, &[(En, 1.2)]),
            ('s', 'h') if pair_once(1) => add(s, &[(En, 0.8)]),
            ('w', 'h') if pair_once(2) => add(s, &[(En, 1.5)]),
            ('c', 'h') if pair_once(3) => {
                let sch = i >= 2 && ch[i - 2] == 's';
                if sch {
                    add(s, &[(De, 1.5), (Nl, 0.5), (En, -0.5), (Sv, -1.0)]);
                } else {
                    add(
                        s,
                        &[
                            (De, 0.6),
                            (Es, 0.3),
                            (Fr, 0.3),
                            (Nl, 0.5),
                            (En, 0.2),
                            (Pl, 0.3),
                        ],
                    );
                }
                add(s, &[(Fi, -1.5), (Et, -1.5), (Sv, -0.5)]);
            }
            ('c', 'k') if pair_once(4) => bump_latin(
                s,
                &[
                    (En, 0.5),
                    (De, 0.5),
                    (Sv, 0.5),
                    (Nl, 0.3),
                    (Da, 0.0),
                    (Nb, 0.0),
                    (Fr, -1.0),
                ],
                -2.0,
            ),
            ('t', 'z') if pair_once(5) => bump_latin(s, &[(De, 1.0)], -0.5),
            ('e', 'i') if pair_once(6) => {
                add(s, &[(De, 0.6), (Fi, 0.2), (Et, 0.2), (Nl, 0.3), (Sv, -0.5)])
            }
            ('e', 'u') if pair_once(7) => add(s, &[(De, 0.5), (Fr, 0.5), (Pt, 0.3), (En, -0.3)]),
            ('i', 'e') if pair_once(8) => add(
                s,
                &[(De, 0.5), (Fi, 0.3), (Es, 0.4), (Et, -0.5), (Sv, -0.5)],
            ),
            ('u', 'o') if pair_once(9) => add(
                s,
                &[
                    (Fi, 1.0),
                    (It, 0.4),
                    (Et, -1.0),
                    (De, -1.0),
                    (Sv, -1.0),
                    (En, -0.5),
                ],
            ),
            ('y', 'ö') | ('ö', 'y') | ('ä', 'y') if pair_once(10) => {
                add(s, &[(Fi, 1.2), (Et, -1.0), (Sv, -1.0), (De, -1.0)])
            }
            ('o', 'o') if pair_once(11) => add(
                s,
                &[
                    (En, 0.4),
                    (Fi, 0.4),
                    (Et, 0.6),
                    (Nl, 0.5),
                    (De, -0.3),
                    (Sv, -1.0),
                    (Es, -0.8),
                ],
            ),
            ('a', 'a') if pair_once(12) => bump_latin(
                s,
                &[
                    (Fi, 0.7),
                    (Et, 0.7),
                    (Nl, 0.5),
                    (De, -0.2),
                    (Sv, -1.0),
                    (Da, -0.5),
                    (Nb, -0.5),
                ],
                -1.5,
            ),
            ('e', 'e') if pair_once(13) => add(
                s,
                &[
                    (En, 0.3),
                    (Fi, 0.5),
                    (Et, 0.6),
                    (Nl, 0.5),
                    (Es, -0.5),
                    (Sv, -1.0),
                    (Fr, -0.5),
                ],
            ),
            ('i', 'i') if pair_once(14) => bump_latin(s, &[(Fi, 0.8), (Et, 0.8)], -1.5),
            ('u', 'u') if pair_once(15) => {
                bump_latin(s, &[(Fi, 0.8), (Et, 0.8), (Nl, -0.5), (De, -1.2)], -1.5)
            }
            ('y', 'y') if pair_once(16) => bump_latin(s, &[(Fi, 1.2)], -1.5),
            ('ä', 'ä') | ('ö', 'ö') if pair_once(17) => {
                add(s, &[(Fi, 0.8), (Et, 0.8), (De, -1.0), (Sv, -1.0)])
            }
            ('k', 'k') if pair_once(18) => bump_latin(s, &[(Fi, 0.6), (Et, 0.6)], -1.2),
            ('i', 'j') if pair_once(19) => add(s, &[(Nl, 1.5)]),
            ('g', 'h') if pair_once(20) => bump_latin(s, &[(En, 0.8)], -0.5),
            ('o', 'u') if pair_once(21) => add(
                s,
                &[
                    (En, 0.4),
                    (Fr, 0.6),
                    (Fi, 0.1),
                    (Et, -0.5),
                    (De, -0.5),
                    (Sv, -0.3),
                    (Es, -0.3),
                ],
            ),
            ('ä', 'e') if pair_once(22) => add(s, &[(Et, 1.2), (Fi, -0.3)]),
            ('õ', _) | (_, 'õ') if pair_once(23) => add(s, &[(Et, 0.5)]),
            ('n', 'h') | ('l', 'h') if pair_once(24) => add(s, &[(Pt, 1.5)]),
            ('s', 'z') | ('c', 'z') | ('r', 'z') if pair_once(25) => add(s, &[(Pl, 1.5)]),
            ('h', 'v') if i == 1 && pair_once(26) => add(s, &[(Da, 1.5), (Nb, 1.5)]),
            ('j', 'ö') | ('j', 'ä') if i == 1 && pair_once(27) => add(s, &[(Sv, 0.5)]),
            _ => {}
        }
    }

    if n < 3 {
        return;
    }
    let has = |set: &[char]| ch.iter().any(|c| set.contains(c));

    // Finnish vowel harmony: back vowels (a o u) do not mix with front ones (ä ö y) within a
    // word; compounds may mix them, but the last part and its endings agree. So compare the
    // last two harmonic vowels (e and i are neutral).
    let back = has(&['a', 'o', 'u']);
    let front_strong = has(&['ä', 'ö']);
    let mut harmonic = ch.iter().rev().filter_map(|&c| match c {
        'a' | 'o' | 'u' => Some(false),
        'ä' | 'ö' | 'y' => Some(true),
        _ => None,
    });
    let (h1, h2) = (harmonic.next(), harmonic.next());
    if matches!((h1, h2), (Some(a), Some(b)) if a != b) {
        // With y only, the text may be Finnish typed without ä/ö.
        add(
            s,
            &[
                (Fi, if front_strong { -1.5 } else { -0.3 }),
                (Et, 0.3),
                (Sv, 0.2),
            ],
        );
    } else if back && front_strong {
        add(s, &[(Fi, -0.3)]);
    } else if front_strong || has(&['y']) {
        add(s, &[(Fi, 0.5)]);
    }

    // Word endings.
    let last = ch[n - 1];
    let prev = ch[n - 2];
    if !is_vowel(last) {
        if !matches!(last, 'n' | 't' | 's' | 'l' | 'r' | 'k' | 'h') {
            add(s, &[(Fi, -2.0)]);
        } else if matches!(last, 'k' | 'h') {
            add(s, &[(Fi, -0.5)]);
        }
        if !is_vowel(prev) {
            // Finnish words end in at most one consonant.
            add(s, &[(Fi, -1.5), (Es, -1.0), (It, -1.0)]);
        }
        if !matches!(last, 's' | 'n' | 'r' | 'l' | 'd' | 'z' | 'y' | 'j' | 'x') {
            add(s, &[(Es, -1.5), (It, -1.5), (Pt, -1.0)]);
        } else if !matches!(last, 'n' | 'r' | 'l') {
            add(s, &[(It, -1.0)]);
        }
    }
    match last {
        'a' => add(s, &[(En, -0.8), (De, -0.6)]),
        'o' => add(s, &[(En, -0.7), (De, -0.8), (Sv, -0.8), (Et, -0.8)]),
        'i' => add(s, &[(En, -1.0), (De, -1.0), (Sv, -1.0), (Es, -0.5)]),
        'u' => add(s, &[(En, -1.2), (De, -1.0), (Sv, -1.0), (Es, -1.0)]),
        'y' => add(s, &[(Et, -1.0), (Es, -0.3)]),
        _ => {}
    }

    // Two consonants at the start: rare in native Finnish and Estonian words, and no Spanish
    // word starts with s + consonant.
    let initial_ch = ch[0] == 'c' && ch[1] == 'h';
    if !(is_vowel(ch[0]) || is_vowel(ch[1]) || initial_ch) {
        add(s, &[(Fi, -0.8), (Et, -0.6)]);
        if ch[0] == 's' {
            add(s, &[(Es, -1.5), (Pt, -1.0)]);
        }
    }

    // Long consonant runs.
    let mut run = 0;
    let mut max_run = 0;
    for &c in ch {
        if is_vowel(c) {
            run = 0;
        } else {
            run += 1;
            max_run = max_run.max(run);
        }
    }
    for i in 2..n {
        let (a, b, c) = (ch[i - 2], ch[i - 1], ch[i]);
        if !is_vowel(a) && !is_vowel(b) && !is_vowel(c) && b != c {
            add(s, &[(Fi, -0.9)]);
            break;
        }
    }
    if max_run >= 4 {
        add(s, &[(Fi, -1.0), (Et, -0.5), (Es, -1.5), (It, -1.5)]);
    }

    // Suffixes.
    add_suffix_scores(w, n, s);
}

/// A table of typical word endings and their weights.
type SuffixTable = &'static [(&'static str, f32)];

/// Which candidates each suffix table scores (Danish and Norwegian share one).
const SUFFIX_TABLES: &[(SuffixTable, &[Cand])] = &[
    (SUF_EN, &[Cand::En]),
    (SUF_FI, &[Cand::Fi]),
    (SUF_ET, &[Cand::Et]),
    (SUF_SV, &[Cand::Sv]),
    (SUF_DE, &[Cand::De]),
    (SUF_ES, &[Cand::Es]),
    (SUF_FR, &[Cand::Fr]),
    (SUF_IT, &[Cand::It]),
    (SUF_PT, &[Cand::Pt]),
    (SUF_NL, &[Cand::Nl]),
    (SUF_PL, &[Cand::Pl]),
    (SUF_DA_NB, &[Cand::Da, Cand::Nb]),
    (SUF_TR, &[Cand::Tr]),
    (SUF_RU, &[Cand::Ru]),
    (SUF_UK, &[Cand::Uk]),
    (SUF_BG, &[Cand::Bg]),
];

/// The suffix tables indexed by suffix: `(candidate, weight)` for each table listing it, and the
/// longest suffix in characters. Built once, immutable afterwards.
struct SuffixIndex {
    by_suffix: std::collections::HashMap<&'static str, Vec<(Cand, f32)>>,
    max_chars: usize,
}

fn suffix_index() -> &'static SuffixIndex {
    static INDEX: std::sync::OnceLock<SuffixIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_suffix: std::collections::HashMap<&'static str, Vec<(Cand, f32)>> =
            Default::default();
        let mut max_chars = 0;
        for (table, cands) in SUFFIX_TABLES {
            for &(suffix, weight) in *table {
                max_chars = max_chars.max(suffix.chars().count());
                for &c in *cands {
                    by_suffix.entry(suffix).or_default().push((c, weight));
                }
            }
        }
        SuffixIndex {
            by_suffix,
            max_chars,
        }
    })
}

/// Adds, per candidate, the best weight among its table's suffixes of `w` (`n` characters; the stem
/// must keep at least two): the same as [`suffix_score`] over every table, with one lookup per
/// suffix length instead of a scan of every table.
fn add_suffix_scores(w: &str, n: usize, s: &mut Scores) {
    let index = suffix_index();
    let mut best = [0.0f32; NCAND];
    for (k, (start, _)) in w.char_indices().rev().enumerate() {
        let len = k + 1;
        if len > index.max_chars || len + 2 > n {
            break;
        }
        if let Some(hits) = index.by_suffix.get(&w[start..]) {
            for &(c, weight) in hits {
                best[c as usize] = best[c as usize].max(weight);
            }
        }
    }
    for (score, b) in s.iter_mut().zip(best) {
        *score += b;
    }
}

const SUF_RU: &[(&str, f32)] = &[
    ("ован", 1.2),
    ("ована", 1.2),
    ("овано", 1.2),
    ("ованы", 1.2),
    ("ованный", 1.5),
    ("ованная", 1.5),
    ("овать", 1.5),
    ("ировать", 1.5),
    ("нут", 0.8),
    ("нута", 0.8),
    ("нию", 1.5),
    ("нием", 1.5),
    ("ией", 1.2),
    ("ием", 1.2),
    ("иям", 1.2),
    ("иями", 1.5),
    ("иях", 1.2),
    ("ами", 0.5),
    ("ями", 0.5),
    ("ую", 0.6),
    ("юю", 1.5),
    ("ых", 0.5),
    ("ым", 0.5),
    ("ому", 0.3),
    ("ему", 0.3),
    ("тся", 1.5),
    ("ться", 0.6),
    ("ешь", 2.0),
    ("ишь", 2.0),
    ("ая", 1.5),
    ("яя", 1.5),
    ("ое", 1.0),
    ("ее", 0.8),
    ("ью", 0.8),
    ("ов", 0.8),
    ("ей", 0.3),
    ("ть", 0.5),
    ("ого", 0.5),
    ("его", 0.5),
    ("ие", 0.5),
    ("ия", 0.3),
    ("ение", 1.0),
    ("ание", 1.0),
    ("ой", 0.5),
    ("ем", 0.3),
    ("ом", 0.3),
    ("ах", 0.3),
    ("ях", 0.3),
    ("ать", 0.6),
    ("ить", 0.6),
    ("еть", 0.6),
    ("ут", 0.3),
    ("ют", 0.3),
];

const SUF_UK: &[(&str, f32)] = &[
    ("ння", 1.5),
    ("ую", 0.3),
    ("ття", 1.2),
    ("тися", 1.5),
    ("тись", 1.5),
    ("ою", 0.8),
    ("ти", 0.5),
    ("ити", 1.5),
    ("ати", 1.2),
    ("яти", 1.5),
    ("ути", 1.0),
    ("лося", 1.5),
    ("лася", 1.5),
    ("лися", 1.5),
    ("ого", 0.3),
    ("ий", 0.3),
    ("ок", 0.2),
    ("ів", 1.0),
    ("ці", 0.5),
    ("ні", 0.4),
    ("ла", 0.1),
];

const SUF_BG: &[(&str, f32)] = &[
    ("иран", 1.5),
    ("ирана", 1.5),
    ("ирано", 1.5),
    ("ирани", 1.5),
    ("нието", 1.5),
    ("нията", 1.5),
    ("ията", 1.5),
    ("ието", 1.2),
    ("ята", 0.5),
    ("ът", 2.0),
    ("хте", 1.5),
    ("ен", 0.5),
    ("ски", 1.0),
    ("ът", 2.0),
    ("ост", 1.5),
    ("ата", 0.4),
    ("ото", 0.4),
    ("ия", 0.3),
    ("ие", 0.3),
    ("ски", 0.5),
    ("вам", 1.0),
    ("ям", 0.5),
    ("ме", 0.3),
    ("хме", 1.5),
    ("ха", 0.5),
    ("ше", 0.6),
    ("ване", 1.5),
    ("ене", 0.8),
    ("ане", 0.5),
    ("яне", 1.2),
    ("ии", 0.3),
];

/// Adds `plus` to the listed candidates and `rest` to every other Cyrillic candidate (not `Xc`).
fn bump_cyrillic(s: &mut Scores, plus: &[(Cand, f32)], rest: f32) {
    for c in CYRILLIC {
        if c == Cand::Xc {
            continue;
        }
        s[c as usize] += plus.iter().find(|(p, _)| *p == c).map_or(rest, |(_, w)| *w);
    }
}

fn cyrillic_word(w: &str, s: &mut Scores) {
    use Cand::*;
    lexicon_hits(w, |c| s[c as usize] += W_LEX);

    let mut buf = [' '; 40];
    let mut n = 0;
    for c in w.chars() {
        if n < buf.len() {
            buf[n] = c;
            n += 1;
        }
    }
    let ch = &buf[..n];
    let mut seen: u64 = 0;
    let mut once = |bit: u32| {
        let fresh = seen & (1 << bit) == 0;
        seen |= 1 << bit;
        fresh
    };
    let mut foreign = false;
    for i in 0..n {
        let c = ch[i];
        let next = ch.get(i + 1).copied();
        match c {
            'і' if once(0) => bump_cyrillic(s, &[(Uk, 3.0), (Be, 2.5)], -3.0),
            'ї' | 'є' | 'ґ' if once(1) => bump_cyrillic(s, &[(Uk, 3.5)], -3.0),
            'ў' if once(2) => bump_cyrillic(s, &[(Be, 4.0)], -3.0),
            'ы' | 'э' if once(3) => bump_cyrillic(s, &[(Ru, 2.0), (Be, 1.5)], -3.0),
            'ё' if once(4) => bump_cyrillic(s, &[(Ru, 2.0), (Be, 1.0)], -3.0),
            'ъ' if once(5) => {
                if matches!(next, Some('е' | 'ё' | 'ю' | 'я')) && i > 0 {
                    bump_cyrillic(s, &[(Ru, 1.0), (Bg, -0.5)], -3.0);
                } else {
                    bump_cyrillic(s, &[(Bg, 3.0)], -3.0);
                }
            }
            'ь' if once(6) => {
                if next == Some('о') {
                    add(s, &[(Bg, 0.5), (Uk, 0.3)]);
                } else {
                    add(s, &[(Bg, -3.0), (Sr, -3.0), (Mk, -3.0)]);
                }
            }
            'щ' if once(7) => add(s, &[(Be, -3.0), (Sr, -3.0), (Mk, -3.0)]),
            'и' if once(8) => add(s, &[(Be, -3.0)]),
            'й' if once(9) => add(s, &[(Sr, -3.0), (Mk, -3.0)]),
            'ђ' | 'ћ' if once(10) => bump_cyrillic(s, &[(Sr, 4.0)], -3.0),
            'ѓ' | 'ќ' | 'ѕ' if once(11) => bump_cyrillic(s, &[(Mk, 4.0)], -3.0),
            'ј' | 'љ' | 'њ' | 'џ' if once(12) => {
                bump_cyrillic(s, &[(Sr, 3.0), (Mk, 3.0)], -3.0)
            }
            'ѝ' if once(13) => bump_cyrillic(s, &[(Bg, 3.0), (Mk, 2.0)], -3.0),
            '\'' if once(14) => {
                if matches!(next, Some('я' | 'ю' | 'є' | 'ї' | 'е')) {
                    bump_cyrillic(s, &[(Uk, 3.0), (Be, 2.0)], -2.0);
                }
            }
            c if !foreign
                && char_script(c) == Script::Cyrillic
                && !('а'..='я').contains(&c)
                && !matches!(
                    c,
                    'ё' | 'і'
                        | 'ї'
                        | 'є'
                        | 'ґ'
                        | 'ў'
                        | 'ђ'
                        | 'ћ'
                        | 'ѓ'
                        | 'ќ'
                        | 'ѕ'
                        | 'ј'
                        | 'љ'
                        | 'њ'
                        | 'џ'
                        | 'ѝ'
                ) =>
            {
                foreign = true;
                bump_cyrillic(s, &[], -3.0);
                s[Xc as usize] += 2.5;
            }
            _ => {}
        }
    }
    if n < 3 {
        return;
    }
    if ch[n - 1] == 'ь' {
        add(s, &[(Bg, -1.0)]);
    }
    let last = ch[n - 1];
    let prev = ch[n - 2];
    // Adjectives in -ий after a hard consonant are Ukrainian (Russian writes -ый there).
    if last == 'й'
        && prev == 'и'
        && matches!(
            ch[n - 3],
            'б' | 'в' | 'д' | 'з' | 'л' | 'м' | 'п' | 'р' | 'с' | 'ф' | 'ц'
        )
    {
        add(s, &[(Uk, 1.5), (Ru, -1.0), (Bg, -0.5)]);
    }
    // Reflexive -сь after a vowel is Russian (Ukrainian mostly writes -ся).
    if last == 'ь' && prev == 'с' && is_cyrillic_vowel(ch[n - 3]) {
        add(s, &[(Ru, 1.2), (Uk, -0.5)]);
    }
    // -ць is Ukrainian (Russian -ц).
    if last == 'ь' && prev == 'ц' {
        add(s, &[(Uk, 1.5), (Ru, -1.0)]);
    }
    // Russian present tense -ает/-яет/-ует/-ют (Ukrainian -ає/-яє/-ує/-ють).
    if (last == 'т' && prev == 'е' && matches!(ch[n - 3], 'а' | 'я' | 'у' | 'е' | 'и'))
        || (last == 'т' && prev == 'ю')
    {
        add(s, &[(Ru, 1.2), (Uk, -1.0), (Bg, -0.5)]);
    }
    // Russian third person -ит/-ет (Bulgarian -и/-е, Ukrainian -ить/-е).
    if last == 'т' && (prev == 'и' || prev == 'е') && n >= 5 {
        add(s, &[(Ru, 0.6), (Bg, -0.3)]);
    }
    if last == 'ю' && prev != 'о' && prev != 'е' {
        add(s, &[(Bg, -0.5)]);
    }
    // East Slavic full vowels (город, голова, берег) against Bulgarian град, глава, бряг.
    if w.contains("оро") || w.contains("оло") || w.contains("ере") {
        add(s, &[(Ru, 0.8), (Uk, 0.8), (Bg, -0.8)]);
    }
    if w.starts_with("роз") {
        add(s, &[(Uk, 0.7)]);
    }
    if w.contains("дз") {
        add(s, &[(Uk, 0.8), (Be, 0.8)]);
    }
    if w.ends_with("ами") || w.ends_with("ями") {
        add(s, &[(Bg, -1.0)]);
    }
    if w.ends_with("ся") {
        add(s, &[(Bg, -1.5)]);
    }
    add_suffix_scores(w, n, s);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(text, expected language, expected detected code)`; `None` skips the code check.
    const CASES: &[(&str, Lang, Option<&str>)] = &[
        // English
        ("@Amazon where is my parcel??", Lang::En, Some("en")),
        (
            "The delivery was late and the box was damaged.",
            Lang::En,
            Some("en"),
        ),
        ("great service, thanks!", Lang::En, Some("en")),
        ("refund please", Lang::En, Some("en")),
        (
            "I ordered a pair of shoes two weeks ago and they still haven't arrived. Customer \
             support keeps telling me to wait, which is not acceptable.",
            Lang::En,
            Some("en"),
        ),
        // Finnish, also without ä/ö
        ("Toimitus myöhässä!!", Lang::Fi, Some("fi")),
        ("toimitus oli myohassa", Lang::Fi, Some("fi")),
        (
            "Paketti tuli rikki, haluan rahat takaisin.",
            Lang::Fi,
            Some("fi"),
        ),
        ("Kiitos nopeasta toimituksesta", Lang::Fi, Some("fi")),
        ("en saanut tilausta viela", Lang::Fi, Some("fi")),
        (
            "Tilasin kengät kaksi viikkoa sitten, mutta paketti ei ole vieläkään saapunut eikä \
             asiakaspalvelu vastaa viesteihin.",
            Lang::Fi,
            Some("fi"),
        ),
        // Russian, also without ё
        ("заказ не доставили", Lang::Ru, Some("ru")),
        ("Посылка пришла повреждённой", Lang::Ru, Some("ru")),
        (
            "посылка пришла поврежденной, верните деньги",
            Lang::Ru,
            Some("ru"),
        ),
        ("Спасибо, всё отлично!", Lang::Ru, Some("ru")),
        (
            "Курьер опоздал на три часа и даже не позвонил.",
            Lang::Ru,
            Some("ru"),
        ),
        ("Заказ на Amazon так и не пришел", Lang::Ru, Some("ru")),
        ("Зaкaз НЕ пришёл!!!", Lang::Ru, Some("ru")),
        ("I did NOT get my order", Lang::En, Some("en")),
        // German must not be English or Finnish
        (
            "Die Lieferung ist leider nicht angekommen.",
            Lang::Other,
            Some("de"),
        ),
        ("Super Service, gerne wieder!", Lang::Other, Some("de")),
        ("Mein Paket wurde beschädigt", Lang::Other, Some("de")),
        // Estonian must not be Finnish
        (
            "Pakk oli katki ja tellimus hilines.",
            Lang::Other,
            Some("et"),
        ),
        ("Tänan kiire tarne eest!", Lang::Other, Some("et")),
        ("Ma ei saanud oma tellimust kätte.", Lang::Other, Some("et")),
        // Swedish
        ("Paketet kom fram i tid, tack!", Lang::Other, Some("sv")),
        ("Jag har inte fått min beställning", Lang::Other, Some("sv")),
        // Spanish
        ("¿Dónde está mi pedido?", Lang::Other, Some("es")),
        ("El paquete llegó tarde y roto", Lang::Other, Some("es")),
        // Ukrainian must not be Russian
        ("Де моє замовлення?", Lang::Other, Some("uk")),
        ("Дякую за швидку доставку!", Lang::Other, Some("uk")),
        ("Товар не вiдповiдає опису", Lang::Other, Some("uk")),
        ("Це дуже добре", Lang::Other, Some("uk")),
        // Bulgarian
        ("Пратката пристигна повредена.", Lang::Other, Some("bg")),
        (
            "Много благодаря за бързата доставка!",
            Lang::Other,
            Some("bg"),
        ),
        ("Това е много хубаво", Lang::Other, Some("bg")),
        // Other scripts
        ("配送が遅れています", Lang::Other, None),
        ("Η παραγγελία μου δεν έφτασε", Lang::Other, Some("el")),
        // Too little evidence
        ("", Lang::Unknown, None),
        ("ok", Lang::Unknown, None),
        ("👍", Lang::Unknown, None),
        ("12345", Lang::Unknown, None),
        ("!!! ??? 👍👍", Lang::Unknown, None),
        ("hahaha", Lang::Unknown, None),
        ("https://example.com/order/123", Lang::Unknown, None),
    ];

    #[test]
    fn table() {
        let detector = LangDetector::new();
        let mut failures = Vec::new();
        for &(text, lang, code) in CASES {
            let guess = detector.detect(text);
            let code_ok = code.is_none() || guess.detected == code;
            if guess.lang != lang || !code_ok {
                failures.push(format!("{text:?}: want {lang} {code:?}, got {guess:?}"));
            }
            assert!(
                (0.0..=1.0).contains(&guess.confidence),
                "{text:?}: {guess:?}"
            );
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn unknown_has_low_confidence() {
        for text in ["", "12345", "👍", "ok"] {
            let guess = detect(text);
            assert_eq!(guess.lang, Lang::Unknown);
            assert!(guess.confidence <= 0.1, "{text:?}: {guess:?}");
            assert_eq!(guess.detected, None);
        }
    }

    #[test]
    fn confidence_grows_with_evidence() {
        let short = detect("toimitus");
        let long =
            detect("Toimitus oli myöhässä ja paketti oli rikki, mutta asiakaspalvelu auttoi.");
        assert_eq!(long.lang, Lang::Fi);
        assert!(long.confidence > short.confidence, "{short:?} vs {long:?}");
        assert!(long.confidence > 0.8, "{long:?}");
    }

    #[test]
    fn long_text_uses_a_bounded_prefix() {
        // The tail would be Swedish; only the first 1,000 bytes count.
        let mut text = "Tilaus tuli ajallaan ja tuote oli hyvä. ".repeat(40);
        text.push_str(&"Paketet kom aldrig fram och ingen svarade. ".repeat(40));
        assert_eq!(detect(&text).lang, Lang::Fi);
        // A cut inside a multi-byte character must not panic.
        let cyr = "ж".repeat(700);
        let _ = detect(&cyr);
    }

    #[test]
    fn detector_and_function_agree() {
        let d = LangDetector::default();
        for &(text, _, _) in CASES {
            assert_eq!(d.detect(text), detect(text));
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in [Lang::En, Lang::Fi, Lang::Ru, Lang::Other, Lang::Unknown] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.to_string(), lang.code());
            assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
        }
    }

    #[test]
    fn from_code_variants() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("en", Some(Lang::En)),
            ("EN", Some(Lang::En)),
            ("eng", Some(Lang::En)),
            ("English", Some(Lang::En)),
            ("en-GB", Some(Lang::En)),
            ("fi", Some(Lang::Fi)),
            ("FIN", Some(Lang::Fi)),
            ("finnish", Some(Lang::Fi)),
            ("fi_FI", Some(Lang::Fi)),
            ("ru", Some(Lang::Ru)),
            ("rus", Some(Lang::Ru)),
            ("Russian", Some(Lang::Ru)),
            ("sv", Some(Lang::Other)),
            ("deu", Some(Lang::Other)),
            ("uk", Some(Lang::Other)),
            ("other", Some(Lang::Other)),
            ("unknown", Some(Lang::Unknown)),
            ("", None),
            ("  ", None),
            ("e", None),
            ("swedish", None),
            ("12", None),
            ("e1", None),
        ];
        for &(code, want) in cases {
            assert_eq!(Lang::from_code(code), want, "{code:?}");
        }
        assert!(Lang::SUPPORTED.iter().all(|l| l.is_supported()));
        assert!(!Lang::Other.is_supported() && !Lang::Unknown.is_supported());
        let err = "x-1".parse::<Lang>().unwrap_err();
        assert!(err.to_string().contains("x-1"));
    }

    #[test]
    fn suffix_index_matches_the_tables() {
        for w in [
            "toimituksessa",
            "deliveries",
            "happily",
            "доставили",
            "посилками",
            "книгите",
            "lieferung",
            "entregado",
            "ab",
            "ing",
            "nothing",
            "kaupassa",
            "заказов",
        ] {
            let n = w.chars().count();
            let mut fast: Scores = [0.0; NCAND];
            add_suffix_scores(w, n, &mut fast);
            let mut slow: Scores = [0.0; NCAND];
            for (table, cands) in SUFFIX_TABLES {
                for &c in *cands {
                    slow[c as usize] += suffix_score(w, n, table);
                }
            }
            assert_eq!(fast, slow, "{w}");
        }
    }

    #[test]
    fn lexicon_table_is_consistent() {
        // Every listed word is found again through the hash index.
        for &(word, cand) in LEXICON.iter() {
            assert!(in_lexicon(word, cand), "{word} / {cand:?}");
            assert_eq!(
                word,
                word.to_lowercase(),
                "lexicon words are lowercase: {word}"
            );
        }
    }
}
