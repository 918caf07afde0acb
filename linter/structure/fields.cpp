#include "linter/structure/fields.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <regex>
#include <set>
#include <unordered_map>

#include "linter/embedded_data.h"
#include "linter/patterns.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

struct Lexicon {
  std::set<std::string, std::less<>> titles, title_suffixes, organisations, institutions, languages;
  std::unordered_map<std::string, std::string> countries, cities, regions;
  std::regex degree;
};

const Lexicon& lexicon() {
  static const Lexicon words = [] {
    Lexicon l;
    for (const auto& word : data::word_list("rules/data/structure/job_titles.txt")) {
      if (word.starts_with("suffix:")) l.title_suffixes.insert(word.substr(7));
      else l.titles.insert(word);
    }
    for (auto [file, into] : {std::pair{"rules/data/structure/countries.tsv", &l.countries}, {"rules/data/structure/cities.tsv", &l.cities},
                              {"rules/data/structure/regions.tsv", &l.regions}})
      for (const auto& line : data::word_list(file)) {
        auto tab = line.find('\t');
        if (tab != std::string::npos) (*into)[fold_case(trim(line.substr(0, tab)))] = std::string(trim(line.substr(tab + 1)));
      }
    l.organisations = {"inc", "corp", "corporation", "co", "llc", "llp", "ltd", "limited", "gmbh", "ag", "se", "sa",
                       "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "company", "group", "labs", "lab", "technologies",
                       "technology", "systems", "solutions", "bank", "hospital", "foundation", "agency",
                       "studio", "studios", "consulting", "partners", "holdings", "museum", "center", "centre", "salud", "saúde", "hospitalar", "hospitalario", "hospitalier", "ospedale", "ospedaliera",
                       "ensemble", "chorale", "opera", "stiftung", "stichting", "fondation", "fondazione", "verein", "ministry", "department", "services",
                       "analytics", "financial", "industries", "enterprises", "media", "games", "logistics", "retail",
                       "ventures", "capital", "health", "healthcare", "nhs", "network", "networks", "pharma", "energy", "insurance",
                       "restaurant", "hotel", "hôtel", "banca", "banco", "banque", "gruppo", "grupo", "groupe", "s.p.a", "s.a", "s.l", "s.l.p", "s.l.u", "s.a.u", "s.r.l", "ltda", "b.v", "n.v", "kg", "e.v", "oy", "ab", "s.a.s", "sarl", "o.o", "asa", "aps", "oyj", "co.kg", "eireli", "me", "cia", "store", "shop", "club", "society", "association", "council", "organization",
                       "organisation", "publishing", "press", "gallery", "lab", "commission", "command", "army", "navy", "church", "theatre", "theater", "library", "clinic", "hôpital", "hopital", "krankenhaus", "ziekenhuis", "firm", "university", "college", "institute", "school", "ymca",
                       // German legal forms and words ("clockwork GbR", "Muster e.K.", "Ingenieurbüro")
                       "gbr", "e.k", "ohg", "egen", "ug", "mbh", "kgaa", "technologie", "ingenieurbüro", "werke", "mbb", "partg",
                       "praxis", "kanzlei", "klinik", "klinikum", "apotheke",
                       // fire brigades, volunteers' usual employers ("Freiwillige Feuerwehr Pankow")
                       "feuerwehr", "brandweer", "bomberos", "bombeiros", "pompiers",
                       // Iberian and French legal forms ("Têxteis Ribeirinho, Lda.", "Acme SASU")
                       "lda", "unipessoal", "slu", "s.l.u", "s.a.u", "sasu", "eurl",
                       // Spanish worker-owned firms and cooperatives ("Talleres Zorrotza, S.L.L.", "Caja Rural del Turia, S.C.C.")
                       "s.l.l", "s.a.l", "s.c.c", "s.coop", "cooperativa", "coopérative", "cooperative", "co-operative", "coöperatie", "genossenschaft", "s.a.b", "s.a.p.i",
                       // Québec legal forms ("Lavallée Morin S.E.N.C.R.L.", "Transports Richelieu ltée")
                       "s.e.n.c.r.l", "s.e.n.c", "senc", "sencrl", "ltée", "limitée",
                       // Belgian legal forms ("Thuiszorg Meetjesland vzw", "Croix-Rouge asbl")
                       "vzw", "asbl", "bvba", "cvba", "vof",
                       // American school districts ("Cedar Bend ISD", "Fresno USD")
                       "isd", "cisd", "usd",
                       // Latin American firms ("Constructora y Edificadora GIA", "… S.A. de C.V.")
                       "constructora", "construtora", "edificadora", "c.v", "sapi", "consultoría", "consultoria",
                       // trades and firms named by what they do ("Brink & Vos Accountants", "Van Gils Transport")
                       "transport", "transports", "logistiek", "logistik", "logística", "logistica", "accountants", "solicitors",
                       "associates", "associati", "associés", "asociados", "associados", "partners", "consultants", "holding", "holdings", "contractors",
                       // Dutch builders and care groups ("BAM Bouw en Techniek", "Heijmans Infra", "Zorggroep Almere")
                       "bouw", "techniek", "infra", "bouwbedrijf", "aannemersbedrijf", "bouwcombinatie", "zorggroep",
                       // workshops and trades' firms ("Atelier Delmas", "Schreinerei Huber", "Talleres Zorrotza")
                       "atelier", "ateliers", "werkstatt", "werkstätten", "taller", "talleres", "bottega", "werkplaats",
                       "schreinerei", "tischlerei", "menuiserie", "ébénisterie", "boulangerie", "carrosserie", "garage",
                       // pharmacies ("Apotheke zur Linde", "Lee Valley Pharmacy", "Farmacia Centrale")
                       "pharmacy", "pharmacie", "apotheke", "apotheek", "farmacia", "farmácia",
                       // French banks and mutual insurers ("Caisse Régionale …", "Crédit Mutuel")
                       "caisse", "crédit", "mutuelle",
                       // town and city councils ("Ajuntament de Gandia", "Comune di Ravenna", "Gemeente Utrecht")
                       "ajuntament", "ayuntamiento", "comune", "gemeente", "mairie", "prefeitura", "concello", "municipio",
                       "município", "stadtverwaltung", "landratsamt", "bezirksamt",
                       // research laboratories ("Laboratoire TIMC-IMAG", "Laboratorio di Genomica")
                       "laboratoire", "laboratorio", "laboratório", "laboratory", "laboratories", "labor",
                       // a firm's plants and industrial sites ("Stellantis – Polo Automotivo de Betim", "Werk Sindelfingen")
                       "polo", "usine", "fábrica", "fabbrica", "werk",
                       // research stations ("Station biologique de Roscoff")
                       "station",
                       // inns and hotels named in one word ("Gasthof Zum Goldenen Hirschen", "Berghotel Edelweiss")
                       "gasthof", "gasthaus", "berghotel", "strandhotel", "landhotel", "parkhotel", "sporthotel", "wellnesshotel",
                       "pensione", "herberg", "auberge"};
    l.institutions = {"university", "college", "colleges", "institute", "school", "academy", "universität", "universitat",
                      "hochschule", "fachhochschule", "université", "école", "ecole", "universidad", "universidade",
                      "università", "universita", "politecnico", "politécnico", "politécnica", "politecnica", "universiteit", "hogeschool", "polytechnic",
                      "conservatory", "conservatoire", "lycée", "lycee", "gymnasium", "tech", "mit", "caltech",
                      "bootcamp", "postech", "kaist", "eth", "epfl", "insa", "iut", "istituto", "instituto", "liceo",
                      "sciences po", "berufsschule", "realschule", "uni", "seminary", "collège", "facultad", "faculty",
                      "fakultät", "faculté", "facoltà", "faculdade", "institut", "instituut", "lyceum",
                      // Colombian schools and university institutions ("Institución Educativa San José", "Institución Universitaria …")
                      "institución", "institucion", "instituição", "instituicao",
                      // a technical university by its initials ("TU Delft", "TU Wien"), only in capitals
                      "tu",
                      // secondary schools and business schools by their own words ("IES Sorolla", "Ysgol Gyfun Bryntaf")
                      "ies", "iae", "ysgol", "coláiste", "colaiste", "gaelscoil", "scoil", "escola", "escuela", "scuola", "colegio", "colégio", "collegio",
                      "berufskolleg", "gesamtschule", "oberschule", "fachschule", "schulzentrum", "atheneum", "athenaeum", "athénée", "athenee",
                      // Brazilian and Spanish foundations that run business schools ("Fundação Getulio Vargas")
                      "fundação", "fundación",
                      // Australia's technical colleges, academies in the other languages
                      "tafe", "akademie", "académie", "accademia", "academia", "academie",
                      // Dutch vocational colleges ("ROC Midden Nederland"), French adult training and apprentice centres ("AFPA", "CFA")
                      "roc", "afpa", "greta", "cnam", "ifsi", "cfa",
                      // Italian and Brazilian technical schools by their initials ("ITIS …", "SENAI"), adult schools
                      "itis", "itc", "ipsia", "iis", "i.t.i.s", "i.t.c", "i.p.s.i.a", "i.i.s", "i.t.i", "i.t.e", "senai", "senac", "etec", "fatec", "volkshochschule", "studiorum",
                      // India's Industrial Training Institutes ("Government ITI Ludhiana")
                      "iti",
                      // German and Swiss vocational and further-training schools ("KS Kaderschulen", "Bildungszentrum Zürichsee")
                      "schule", "schulen", "kaderschule", "kaderschulen", "bildungszentrum", "berufsfachschule", "meisterschule", "handwerkskammer",
                      "fachakademie", "technikum", "fh",
                      // Austria's adult-education institutes of the chambers ("WIFI Salzburg", "BFI Wien")
                      "wifi", "bfi",
                      // business schools known by their initials ("HEC Montréal", "ESSEC", "INSEAD")
                      "hec", "essec", "insead", "esade", "iese", "edhec", "escp", "skema", "neoma", "kedge",
                      // Québec's general and vocational colleges ("Cégep de Sherbrooke")
                      "cégep", "cegep",
                      // Ireland's universities by their initials ("NUI Galway", "UCD", "DCU")
                      "nui", "ucd", "dcu", "tcd",
                      // Indian schools by their Hindi names ("Kendriya Vidyalaya", "Saraswati Vidya Mandir")
                      "vidyalaya", "mahavidyalaya", "vidyapeeth", "vidyapith", "mandir", "vidyashram", "vidyashrama",
                      // Austrian upper-secondary technical and business colleges ("HTBLA Murau", "BHAK Wien 10")
                      "htl", "htbla", "htblva", "htbluva", "hak", "bhak", "hlw", "hlt", "hbla", "hlfs", "hblw", "bafep",
                      // and its upper-secondary grammar schools ("BORG Linz-Urfahr", "BRG Steyr")
                      "borg", "brg",
                      // the chamber's office that examines apprentices ("Lehrlingsstelle der WK Salzburg")
                      "lehrlingsstelle",
                      // Afrikaans high and primary schools ("Hoërskool Durbanville")
                      "hoërskool", "hoerskool", "laerskool",
                      // Scandinavian universities, university colleges and upper-secondary schools ("Högskolan i Borås")
                      "universitet", "universitetet", "högskola", "högskolan", "høgskole", "høgskolen", "højskole", "gymnasiet",
                      "yrkeshögskola", "yrkeshögskolan", "folkhögskola", "handelshögskolan", "videregående",
                      // Polish universities and colleges ("Politechnika Wrocławska", "Szkoła Główna Handlowa")
                      "uniwersytet", "politechnika", "szkoła", "akademia", "wyższa",
                      // Flemish universities by their initials ("KU Leuven")
                      "ku"};
    l.languages = {"english", "spanish", "french", "german", "italian", "portuguese", "dutch", "mandarin", "chinese",
                   "cantonese", "japanese", "korean", "hindi", "arabic", "russian", "polish", "turkish", "swedish",
                   "danish", "norwegian", "finnish", "greek", "hebrew", "urdu", "bengali", "tamil", "telugu",
                   "marathi", "gujarati", "punjabi", "kannada", "malayalam", "odia", "oriya", "assamese", "konkani", "vietnamese", "thai", "indonesian", "malay", "tagalog",
                   "swahili", "ukrainian", "czech", "romanian", "hungarian", "deutsch", "englisch", "französisch",
                   "spanisch", "italienisch", "français", "anglais", "allemand", "espagnol", "italien", "español",
                   "inglés", "francés", "alemán", "portugués", "chino", "japonés", "árabe", "ruso", "catalán", "euskera", "gallego",
                   "português", "inglês", "espanhol", "francês", "alemão", "italiano", "holandês", "mandarim", "nederlands", "duits",
                   "frans", "inglese", "tedesco", "francese", "spagnolo", "portoghese", "olandese", "cinese", "russo", "arabo",
                   "engels", "spaans", "portugees", "catalan", "català", "galician", "basque", "afrikaans", "persian", "farsi",
                   "irish", "gaelic", "scottish gaelic", "welsh", "breton", "frisian", "fries", "friesisch", "luxembourgish", "maltese", "icelandic",
                   "néerlandais", "portugais", "arabe", "chinois", "russe", "niederländisch", "portugiesisch", "russisch",
                   "türkisch", "polnisch", "neerlandés", "holandés", "neerlandese", "neerlandês", "valenciano", "valencià", "dänisch",
                   "schwedisch", "norwegisch", "griechisch", "kroatisch", "tschechisch", "ungarisch", "rumänisch"};
    // Degrees as printed at the start of an education line, then honours ("(Hons)", "with Honours", Trinity's "(Mod.)").
    std::string degrees;
    for (const auto& pattern : data::word_list("rules/data/structure/degrees.txt")) degrees += (degrees.empty() ? "" : "|") + pattern;
    // LinkedIn adds the short form after a dash: "Bachelor of Arts - BA". A degree ends a word: no letter, nor a
    // UTF-8 byte, goes on ("MA" is no degree in "Maîtrise").
    l.degree = std::regex("^(?:" + degrees + R"()(?:\s*\((?:Hons?\.?|Hono(?:u)?rs|Mod\.?)\))?(?:\s+with\s+Honou?rs)?(?:\s+-\s+[A-Z][A-Za-z.]{1,5}(?=[,\s]|$))?(?=[^A-Za-z0-9\x80-\xFF]|$))",
                          std::regex::icase);
    return l;
  }();
  return words;
}

bool starts_upper(std::string_view word) {
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  return unicode.length() > 0 && (u_isupper(unicode.char32At(0)) || u_istitle(unicode.char32At(0)));
}

}  // namespace

std::vector<std::string> plain_words(std::string_view text) {
  std::vector<std::string> words;
  auto folded = fold_case(text);
  std::string word;
  auto flush = [&] {
    while (!word.empty() && (word.back() == '.' || word.back() == '\'' || word.back() == '-')) word.pop_back();
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    bool part = c >= 0x80 || std::isalnum(c) || ((c == '.' || c == '-' || c == '\'') && !word.empty());
    if (part) word.push_back(folded[i]);
    else flush();
  }
  flush();
  return words;
}

/// "(1 year contract - renewed annually)": a separator inside brackets belongs to the aside.
bool inside_brackets(std::string_view text, size_t at) {
  auto before = text.substr(0, at);
  return std::count(before.begin(), before.end(), '(') > std::count(before.begin(), before.end(), ')') &&
         text.find(')', at) != std::string_view::npos;
}

bool is_inclusive_dot(std::string_view text, size_t at) {
  static const std::regex kSuffix{R"(^(?:e|es|s|ne|nes|le|les|ère|ères|rice|rices|euse|euses|te|tes|ice|ices)(?:·|[^A-Za-z\x80-\xFF]|$))"};
  if (at == 0 || !text.substr(at).starts_with("·")) return false;
  auto before = static_cast<unsigned char>(text[at - 1]);
  auto rest = text.substr(at + std::string_view("·").size());
  // Catalan's "l·l" ("Instal·lacions", "Col·legi") joins its two l's.
  if (before == 'l' && rest.starts_with("l")) return true;
  return (std::islower(before) || before >= 0x80) && std::regex_search(rest.begin(), rest.end(), kSuffix);
}

/// 'I.T.C. "Pier Crescenzi – Pacinotti"': a separator inside a quoted name parts nothing.
static bool inside_quotes(std::string_view text, size_t at) {
  auto before = text.substr(0, at), after = text.substr(at);
  auto count = [](std::string_view in, std::string_view mark) {
    size_t n = 0;
    for (size_t k = in.find(mark); k != std::string_view::npos; k = in.find(mark, k + 1)) ++n;
    return n;
  };
  // Opened before and closed after ("GCE “O’ Level" never closes its quote).
  auto open_pair = [&](std::string_view open, std::string_view close) {
    return count(before, open) > count(before, close) && after.find(close) != std::string_view::npos;
  };
  return (count(before, "\"") % 2 == 1 && after.find('"') != std::string_view::npos) || open_pair("“", "”") || open_pair("«", "»");
}

std::vector<std::string> split_parts(std::string_view text, bool keep_dashes) {
  // " -- ": a dash typed as two hyphens in plain text; " −− ": the same printed in a PostScript font's minus (Vim's hardcopy).
  static const std::vector<std::string> kSeparators = {" — ", " – ", " -- ", " −− ", " − ", " | ", "|", " · ", "·", " • ", " , ", " at ", " @ ", " - ", " presso ", " chez ", " bei ", " bij ", " pour ",
                                                       "   ", "\t", " ⋅ ", " ∙ ", " ◦ ", " ♦ "};
  std::vector<std::string> parts{std::string(text)};
  for (const auto& separator : kSeparators) {
    static const std::set<std::string, std::less<>> kDashes = {" — ", " – ", " -- ", " −− ", " − ", " - "};
    if (keep_dashes && kDashes.contains(separator)) continue;
    std::vector<std::string> next;
    for (const auto& part : parts) {
      size_t start = 0;
      while (true) {
        size_t found = part.find(separator, start);
        // "pharmacien·ne": French inclusive writing's dot inside a word parts nothing.
        auto inside_word = [&](size_t at) { return separator == "·" && is_inclusive_dot(part, at); };
        while (found != std::string::npos && (inside_brackets(part, found) || inside_word(found) || inside_quotes(part, found)))
          found = part.find(separator, found + 1);
        // "Researcher at Example Lab at Northfield University": only the first " at " separates;
        // "University of Texas at Austin" is one name.
        // "Gymnasium bei St. Stephan", "Scuola presso …": a school named by where it stands.
        if ((separator == " at " || separator == " pour " || separator == " bij " || separator == " bei " || separator == " presso " ||
             separator == " chez ") &&
            (start > 0 || (found != std::string::npos && institution_score(part.substr(0, found)) > 0)))
          found = std::string::npos;
        next.push_back(part.substr(start, found == std::string::npos ? std::string::npos : found - start));
        if (found == std::string::npos) break;
        start = found + separator.size();
      }
    }
    parts = std::move(next);
  }
  std::vector<std::string> cleaned;
  for (auto& part : parts) {
    auto trimmed = std::string(trim(part));
    // "Rutgers University, New Brunswick, NJ —" broken before the date on the next line.
    for (const char* dash : {" —", " –", " -"})
      if (trimmed.ends_with(dash)) trimmed = std::string(trim(trimmed.substr(0, trimmed.size() - std::string_view(dash).size())));
    while (!trimmed.empty() && (trimmed.back() == ',' || trimmed.back() == ';' || trimmed.back() == ':'))
      trimmed = std::string(trim(trimmed.substr(0, trimmed.size() - 1)));
    while (!trimmed.empty() && (trimmed.front() == ',' || trimmed.front() == ';' || trimmed.front() == ':'))
      trimmed = std::string(trim(trimmed.substr(1)));
    bool letters = std::any_of(trimmed.begin(), trimmed.end(),
                               [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); });
    if (letters) cleaned.push_back(trimmed);
  }
  return cleaned;
}

int title_score(std::string_view part) {
  const auto& l = lexicon();
  // "Secretaria da Fazenda", "Secretaria Municipal de Saúde": a Brazilian government department, no secretary (not
  // "Secretaria da Diretoria", a secretary written without her accent, nor Spanish "Secretaria de Dirección").
  static const std::regex kDepartment{
      R"(^\s*Secretaria\s+(?:Municipal|Estadual|(?:da|do|de)\s+(?:Fazenda|Sa(?:ú|u)de|Educa(?:çã|ca)o|Seguran(?:ç|c)a|Cultura|Finan(?:ç|c)as|Planejamento|Obras|Transportes|Meio\s+Ambiente|Assist(?:ê|e)ncia|Desenvolvimento|Infraestrutura|Agricultura|Justi(?:ç|c)a|Habita(?:çã|ca)o|Turismo|Esportes?|Economia|Receita|Estado|Administra(?:çã|ca)o))\b)",
      std::regex::icase};
  if (starts_with_icase(trim(part), "secretaria ") && std::regex_search(part.begin(), part.end(), kDepartment)) return 0;
  int score = 0;
  for (const auto& word : plain_words(part)) {
    if (l.titles.count(word)) { ++score; continue; }
    // "Controllerin", "Beraterin": German's feminine form of a title in the list.
    if (word.size() > 6 && word.ends_with("in") && l.titles.count(word.substr(0, word.size() - 2))) { ++score; continue; }
    // "Coordinadora", "Programadora": Spanish and Portuguese feminine of an "-or" title in the list; not "Editora", a
    // publishing house in Brazil's firms' names ("Editora Abril") as often as an editor.
    if (word.size() > 5 && word.ends_with("ora") && word != "editora" && l.titles.count(word.substr(0, word.size() - 1))) {
      ++score;
      continue;
    }
    // "Aide-comptable", "Kassierer-Verkäufer": a hyphenated title closes on a title word.
    // Not "Semi-conductor": a prefix makes no title of the word it joins.
    static const std::set<std::string, std::less<>> kPrefixes = {"semi", "non", "self", "multi", "sub", "super", "pre", "post"};
    if (auto hyphen = word.rfind('-'); hyphen != std::string::npos && hyphen > 0 && !kPrefixes.count(word.substr(0, hyphen)) &&
                                       l.titles.count(word.substr(hyphen + 1))) {
      ++score;
      continue;
    }
    for (const auto& suffix : l.title_suffixes)
      if (word.size() > suffix.size() + 2 && word.ends_with(suffix)) { ++score; break; }
  }
  // "Travel RN", "LPN – Long-Term Care": a US nurse's licence in capitals names the post, after a word that says how it
  // is held or opening the part before its specialty; not "Riccione RN" or "Natal/RN" (a province's or a state's code)
  // nor "CNA Forlì-Cesena" (an association).
  static const std::regex kLicence{
      R"((?:^|\s)(?:Travel|Staff|Charge|Float|Relief|Agency|Clinical|Senior|Lead|Night|Registered|ICU|ER|OR|NICU|PICU|PACU|Hospice|PRN|Home\s+Health|Per\s+Diem)\s+(?:RN|LPN|LVN|CNA)(?=$|[\s,/])|^\s*(?:RN|LPN|LVN|CNA)\s*(?:–|—|-|,)\s+\S)"};
  // (Every zero-scored part passes here: the regex only where a licence's letters stand.)
  bool letters = part.find("RN") != std::string_view::npos || part.find("PN") != std::string_view::npos ||
                 part.find("VN") != std::string_view::npos || part.find("CNA") != std::string_view::npos;
  if (score == 0 && letters && std::regex_search(part.begin(), part.end(), kLicence)) ++score;
  return score;
}

/// A word compounded onto one of `endings`, with at least three letters before it ("Forschungs|anstalt").
template <size_t N>
static bool compounded_on(std::string_view word, const char* const (&endings)[N]) {
  return std::any_of(std::begin(endings), std::end(endings), [&](const char* ending) {
    return word.size() >= std::string_view(ending).size() + 3 && word.ends_with(ending);
  });
}

/// "Forschungsanstalt", "Rechenzentrum", "Fraunhofer-Gesellschaft": German bodies written as one word.
static bool organisation_compound(std::string_view word) {
  static const char* const kEndings[] = {"anstalt", "zentrum", "gesellschaft", "verband", "behörde", "ministerium", "genossenschaft", "sparkasse"};
  return compounded_on(word, kEndings);
}

int organisation_score(std::string_view part) {
  int score = 0;
  for (const auto& word : plain_words(part)) score += lexicon().organisations.count(word) || organisation_compound(word) ? 1 : 0;
  // "Diakonie-Krankenhaus", "Reha-Klinik": a name compounded with an employer's word (not "pre-college").
  if (part.find('-') == std::string_view::npos) return score;  // most parts: no compound, no second pass
  for (const auto& word : split_words(part)) {
    auto hyphen = word.rfind('-');
    if (hyphen == std::string::npos || hyphen < 3 || !std::isupper(static_cast<unsigned char>(word[0]))) continue;
    auto words = plain_words(word.substr(hyphen + 1));
    score += words.size() == 1 && lexicon().organisations.count(words.front()) ? 1 : 0;
  }
  return score;
}

/// "Theresialyceum", "Goethegymnasium", "Berufsfachschule": Dutch and German schools written as one word.
static bool school_compound(std::string_view word) {
  static const char* const kEndings[] = {"lyceum", "gymnasium", "college", "schule", "akademie", "universität", "universiteit", "hogeschool",
                                         "gymnasiet", "skolan", "högskolan", "schulzentrum"};  // "Sven Eriksonsgymnasiet", "Rijksuniversiteit"
  return compounded_on(word, kEndings);
}

/// "MIT", "ETH", "IES": initials that are also words ("mit" is German for "with") count only in capitals.
static bool initials_in_lower_case(std::string_view part, const std::string& word) {
  static const std::set<std::string, std::less<>> kInitials = {"mit", "eth", "ies", "iae", "iut", "insa", "ku", "tu"};
  if (!kInitials.count(word)) return false;
  std::string upper;
  for (char c : word) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (auto at = part.find(upper); at != std::string_view::npos; at = part.find(upper, at + 1)) {
    bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(part[at - 1]));
    bool ends = at + upper.size() == part.size() || !std::isalpha(static_cast<unsigned char>(part[at + upper.size()]));
    if (starts && ends) return false;
  }
  return true;
}

int institution_score(std::string_view part) {
  int score = 0;
  auto words = plain_words(part);
  // "IHK Würzburg-Schweinfurt": a German chamber named by its region teaches further training; a bare
  // "(IHK)" only says who examined.
  static const std::set<std::string, std::less<>> kChambers = {"ihk", "hwk", "handwerkskammer", "handelskammer", "wirtschaftskammer", "arbeiterkammer"};
  // Not "IHK-Abschlussprüfung": the chamber's exam, its initials compounded.
  if (words.size() >= 2 && kChambers.count(words.front())) {
    auto opening = trim(part);
    bool compounded = opening.size() > words.front().size() && opening[words.front().size()] == '-';
    score += compounded ? 0 : 1;
  }
  for (const auto& word : words) {
    if (initials_in_lower_case(part, word)) continue;
    auto hyphen = word.rfind('-');  // "Neckartal-Gymnasium", "Max-Planck-Institut"
    score += lexicon().institutions.count(word) || (hyphen != std::string::npos && lexicon().institutions.count(word.substr(hyphen + 1))) ||
                     school_compound(word)
                 ? 1
                 : 0;
  }
  return score;
}

int employer_words(std::string_view part) { return organisation_score(part) + institution_score(part); }

std::string country_code(std::string_view name) {
  auto found = lexicon().countries.find(fold_case(trim(name)));
  return found == lexicon().countries.end() ? "" : found->second;
}

bool names_technology(std::string_view name) {
  static const std::set<std::string, std::less<>> kTechnologies = [] {
    std::set<std::string, std::less<>> names;
    for (const auto& line : data::word_list("rules/data/bullets/technologies.txt")) names.insert(line);
    return names;
  }();
  return kTechnologies.count(fold_case(trim(name))) > 0;
}

std::string region_country(std::string_view name) {
  auto found = lexicon().regions.find(fold_case(trim(name)));
  return found == lexicon().regions.end() ? "" : found->second;
}

bool is_spoken_language(std::string_view word) {
  auto words = plain_words(word);
  return !words.empty() && lexicon().languages.count(words.front()) > 0 && words.size() <= 3;
}

/// "Mountain View", "S.Korea", "NY": a capitalised place name of up to three words.
std::string city_country(std::string_view name) {
  name = trim(name);
  if (name.empty() || (!std::isupper(static_cast<unsigned char>(name[0])) && static_cast<unsigned char>(name[0]) < 0x80)) return "";
  auto key = fold_case(name);
  // "’s-Hertogenbosch": the list spells the apostrophe straight.
  for (auto at = key.find("\u2019"); at != std::string::npos; at = key.find("\u2019")) key.replace(at, 3, 1, '\'');
  auto found = lexicon().cities.find(key);
  return found == lexicon().cities.end() ? "" : found->second;
}

std::string city_of_district(std::string_view name) {
  // "Lyon 7e", "Paris 15ème", "Dublin 7": a city's numbered district.
  static const std::regex kDistrict{R"(^(.+?)\s+\d{1,2}(?:e|er|ème|eme)?$)"};
  std::match_results<std::string_view::const_iterator> match;
  name = trim(name);
  if (!std::regex_match(name.begin(), name.end(), match, kDistrict)) return "";
  auto city = std::string(match[1].first, match[1].second);
  return city_country(city).empty() ? "" : city;
}

bool is_place_name(std::string_view piece, int most_names) {
  piece = trim(piece);
  if (piece.empty() || piece.size() > 32) return false;
  if (std::any_of(piece.begin(), piece.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;
  auto words = collapse_spaces(piece);
  int count = count_words(words);
  // "Santa Maria da Feira", "Lippo di Calderara di Reno": up to three names, more only around link words.
  if (count > 6) return false;
  bool linked = false;
  int names = 0;
  size_t start = 0;
  while (start < words.size()) {
    size_t space = words.find(' ', start);
    if (space == std::string::npos) space = words.size();
    auto word = std::string_view(words).substr(start, space - start);
    static const std::set<std::string, std::less<>> kLinks = {"de", "del", "la", "le", "am", "an", "der", "den", "auf", "im", "ob", "upon", "on", "sur", "do", "da", "of", "di", "du", "des", "dos", "das", "della"};
    if (!starts_upper(word) && !kLinks.count(word)) return false;
    linked = linked || kLinks.count(word) > 0;
    names += kLinks.count(word) ? 0 : 1;
    start = space + 1;
  }
  return count <= most_names || (linked && names <= most_names);
}

bool is_region_code(std::string_view code) {
  static const std::set<std::string, std::less<>> kCodes = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
      "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
      "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",  // US
      "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",                      // Canada
      "NSW", "VIC", "QLD", "SA", "WA", "TAS", "ACT", "NT", "UK", "US", "USA", "UAE",
      "N.L", "B.C", "Q.R", "D.F", "CDMX"};                                                                 // Mexico
  code = trim(code);
  if (code.size() > 3 && code.ends_with('.')) code.remove_suffix(1);  // "N.L." as "N.L"
  return kCodes.count(code) > 0;
}

bool names_part_of_firm(std::string_view text) {
  static const std::set<std::string, std::less<>> kFirstWords = {
      "division", "divisione", "división", "divisão", "divisie", "bereich", "abteilung", "reparto", "projeto", "projecto",
      "proyecto", "progetto", "project", "loja", "tienda", "filial", "unidade", "unidad", "obra", "cliente", "client",
      "sede", "setor", "sector", "settore", "área", "area", "business", "plant", "site"};
  auto words = plain_words(text);
  return (!words.empty() && kFirstWords.contains(words.front())) || names_department(text) ||
         organisation_score(text) + title_score(text) + institution_score(text) > 0;
}

bool names_town_and_state(std::string_view text) {
  auto slash = text.rfind('/');
  return slash != std::string_view::npos && is_brazilian_state(trim(text.substr(slash + 1))) && is_place_name(text.substr(0, slash)) &&
         !names_part_of_firm(text.substr(0, slash));
}

bool is_brazilian_state(std::string_view code) {
  static const std::set<std::string, std::less<>> kBrazil = {"SP", "RJ", "MG", "RS", "BA", "CE", "GO", "DF", "AM", "MT", "PB", "PI", "SE", "RO",
                                                             "TO", "AP", "RR", "PR", "SC", "PE", "PA", "ES", "MS", "AL", "RN", "MA", "AC"};
  return kBrazil.count(code) > 0;
}

bool is_town_with_area(std::string_view text) {
  text = trim(text);
  auto open = text.find(" (");
  if (open == std::string_view::npos || text.back() != ')') return false;
  auto area = text.substr(open + 2, text.size() - open - 3);
  // "(BO)", "(NRW)"; a French département number "(69)", "(2A)".
  bool letters = std::all_of(area.begin(), area.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  bool number = !area.empty() && std::isdigit(static_cast<unsigned char>(area.front())) &&
                std::all_of(area.begin(), area.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == 'A' || c == 'B'; });
  // "Limoges (87000)": a five-figure postcode, which no year is.
  bool postcode = area.size() == 5 && std::all_of(area.begin(), area.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  // "Baddi (H.P.)": an Indian state's dotted initials.
  bool dotted = area.size() == 4 && std::isupper(static_cast<unsigned char>(area[0])) && area[1] == '.' &&
                std::isupper(static_cast<unsigned char>(area[2])) && area[3] == '.';
  bool code = (area.size() >= 2 && area.size() <= 3 && (letters || number)) || postcode || dotted;
  // Not "Progressive Care Unit (PCU)": a ward with its initials.
  // "San Martino Buon Albergo (VR)": a province's code vouches for a town of four names.
  return is_place_name(text.substr(0, open), code ? 4 : 3) && (code || is_place_name(area)) && organisation_score(text) == 0 &&
         title_score(text) == 0 && !ends_in_unit_word(text.substr(0, open));
}

bool is_location(std::string_view part) {
  part = trim(part);
  auto words = plain_words(part);
  if (words.empty()) return false;
  static const std::set<std::string, std::less<>> kRemote = {"remote", "hybrid", "remoto", "télétravail", "homeoffice", "worldwide", "anywhere"};
  if (kRemote.count(words.front()) && words.size() <= 3) return true;
  if (!country_code(part).empty() || !city_country(part).empty() || !city_of_district(part).empty()) return true;
  // "Geelong region", "Greater Lyon area": a known town or region and the area around it.
  if (words.size() >= 2 && (words.back() == "region" || words.back() == "area" || words.back() == "metro")) {
    auto around = trim(part.substr(0, part.rfind(' ')));
    if (starts_with_icase(around, "greater ")) around = around.substr(8);
    if (!city_country(around).empty() || !region_country(around).empty()) return true;
  }
  // "Montréal (Québec)", "Lyon (France)": a known town with its province or country in brackets; not
  // "Desjardins (Québec)", "Océalis (Nantes)" nor "Google (Ireland)", an employer with its site.
  if (is_town_with_area(part) && institution_score(part) == 0) {
    auto town = part.substr(0, part.rfind(" (")), area = part.substr(town.size() + 2);
    area.remove_suffix(1);
    if (!city_country(town).empty() && (!region_country(area).empty() || !country_code(area).empty())) return true;
    // "Antwerpen (Berchem)", "Lyon (Part-Dieu)": a known town with its district, one word (not "Toulouse (Airbus Defence)").
    if (!city_country(town).empty() && count_words(area) == 1 && organisation_score(area) + title_score(area) == 0) return true;
  }
  // "Caruaru/PE", "São Paulo / SP": a known Brazilian town with its state after a slash (not "Marketing/PR").
  if (auto slash = part.rfind('/'); slash != std::string_view::npos && is_brazilian_state(trim(part.substr(slash + 1))) &&
                                    city_country(trim(part.substr(0, slash))) == "BR")
    return true;
  auto comma = part.rfind(',');
  if (comma == std::string_view::npos) {
    // "Portland OR": a place name then a region code in capitals.
    auto space = part.rfind(' ');
    if (space == std::string_view::npos) return false;
    auto code = part.substr(space + 1);
    bool capitals = std::all_of(code.begin(), code.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    // "Candidate ID", "Employee ID": a record's number, not a town in Idaho.
    static const std::set<std::string, std::less<>> kIdentified = {"candidate", "employee", "student", "user", "tax", "national", "member",
                                                                   "applicant", "personal", "reference", "record", "customer", "badge"};
    if (code == "ID" && kIdentified.count(fold_case(trim(part.substr(0, space))))) return false;
    // "BASED IN", "LOCATED IN": a label in capitals, not a town in Indiana.
    static const std::set<std::string, std::less<>> kLabelsBeforeIn = {"based", "located", "living", "residing", "resident", "currently"};
    if (code == "IN" && kLabelsBeforeIn.count(fold_case(trim(part.substr(0, space))))) return false;
    return capitals && is_region_code(code) && is_place_name(part.substr(0, space)) && count_words(part) <= 4 &&
           organisation_score(part) == 0 && title_score(part) == 0 && institution_score(part) == 0;
  }
  auto city = part.substr(0, comma), region = trim(part.substr(comma + 1));
  // "CO" is Colorado here, not "Co." the company suffix: only the city side is checked. "College Park, MD": a known town
  // with its state, though a school's or a firm's word names the one and a degree's letters the other.
  bool known_town_state = is_region_code(region) && !city_country(trim(city)).empty();
  if (title_score(city) > 0 || opens_with_unit(trim(city)) ||
      ((organisation_score(city) > 0 || institution_score(part) > 0 || degree_length(part) > 0) && !known_town_state))
    return false;
  if (city.find(',') != std::string_view::npos) city = city.substr(city.rfind(',') + 1);
  bool state_code = is_region_code(region);
  // "ACA, FCCA": letters after a name, not a town and its region.
  static const std::regex kInitials{R"(^[A-Z]{2,5}$)"};
  auto bare_city = std::string(trim(city));
  if (std::regex_match(bare_city, kInitials) && std::regex_match(std::string(region), kInitials) && !state_code &&
      country_code(region).empty())
    return false;
  // "Naas, Co. Kildare": an Irish county, though "Co." also closes company names.
  bool county = region.starts_with("Co. ") && is_place_name(region.substr(4)) && count_words(region) == 2 &&
                organisation_score(region.substr(4)) == 0;  // not "Samsung Electronics, Co. Ltd"
  // "Project Evaluator, USAID": an acronym after words of no known town names a body, not a region; not
  // "Paris, FRA" or "Buenos Aires, CABA".
  bool acronym = region.size() >= 3 && std::regex_match(std::string(region), kInitials) && count_words(bare_city) >= 2 &&
                 city_country(bare_city).empty() && region_country(region).empty();
  bool region_named =
      (organisation_score(region) == 0 && title_score(region) == 0 && !acronym && is_place_name(region)) || county;
  // "San Pedro Garza García, N.L.": a Mexican state vouches for a longer town name.
  // Not "Blue Ridge Mountain Outfitters, VA": only a dotted state ("N.L.") is printed so.
  bool dotted_state = state_code && region.find('.') != std::string_view::npos;
  return is_place_name(city, dotted_state ? 4 : 3) && (state_code || !country_code(region).empty() || region_named);
}

bool continues_school_in_capitals(std::string_view above, std::string_view text) {
  above = trim(above);
  text = trim(text);
  auto space = text.find(' ');
  // A link word of two letters or more: not a letter of "E X P E R I E N C E".
  return space != std::string_view::npos && space >= 2 && is_upper_case_text(text) && is_upper_case_text(above) &&
         ends_with_connector(fold_case(text.substr(0, space))) && institution_score(above) > 0;
}

bool leaves_bracket_open(std::string_view text) {
  return std::count(text.begin(), text.end(), '(') > std::count(text.begin(), text.end(), ')');
}

/// "premio “Nuova Biblioteca di": a curly quote opened and not closed (straight quotes cannot tell).
bool leaves_quote_open(std::string_view text) {
  auto count = [&](std::string_view mark) {
    size_t n = 0;
    for (auto at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + 1)) ++n;
    return n;
  };
  if (count("„") > 0) return count("„") > count("“");  // German „…“
  return count("“") + count("«") > count("”") + count("»");
}

/// A line broken after "and", "of", "&": the phrase goes on below.
bool ends_with_connector(std::string_view text) {
  auto words = plain_words(text);
  if (text.ends_with("&") || text.ends_with(",") || text.ends_with(" /")) return true;
  if (words.empty() || trim(text).ends_with(")")) return false;  // "Comptable général(e)": a bracket closes the phrase
  static const char* const kConnectors[] = {"and", "of", "in", "for", "with", "at", "und", "bei", "et", "chez", "y", "e", "de", "en", "für",
                                            "des", "du", "der", "del", "della", "do", "dos", "das", "van", "di", "degli", "dello", "delle",
                                            "von", "zur", "zum", "vom", "mit",
                                            // the words for "or" ("… istituto di istruzione o" / "formazione")
                                            "or", "oder", "ou", "o",
                                            // articles ("… ante la" / "DIAN (2021–2022).")
                                            "the", "la", "le", "el", "los", "las", "les", "il", "lo", "gli", "het"};
  // Portuguese and Italian contractions, in lower case as printed: "… e no" / "Ensino Secundário"; not "Sales Manager - NA".
  static const char* const kContractions[] = {"no", "na", "nos", "nas", "ao", "em", "nel", "nella", "nei", "dei"};
  auto trimmed = trim(text);
  auto last = trimmed.substr(trimmed.rfind(' ') == std::string_view::npos ? 0 : trimmed.rfind(' ') + 1);
  if (std::any_of(std::begin(kContractions), std::end(kContractions), [&](const char* c) { return last == c; })) return true;
  // "Personalsachbearbeiter/in", "Kaufmann/-frau": a German title's feminine ending after its slash, no "in".
  static const std::regex kFeminine{R"(^[^/]+/-?(?:in|innen|frau|mann|a|e|r)$)"};
  if (last.find('/') != std::string_view::npos && std::regex_match(last.begin(), last.end(), kFeminine)) return false;
  // "… researchers at MIT": a link word is printed in lower case, capitals name something.
  if (std::any_of(last.begin(), last.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) && last.size() > 1 &&
      std::all_of(last.begin(), last.end(), [](char c) { return !std::isalpha(static_cast<unsigned char>(c)) || std::isupper(static_cast<unsigned char>(c)); }))
    return false;
  return std::any_of(std::begin(kConnectors), std::end(kConnectors), [&](const char* c) { return words.back() == c; });
}

size_t degree_length(std::string_view part);

/// "Bachelor of Arts (B.A.)", "Master of Business Administration (MBA)", "BSc (Hons)": a bracket after a
/// degree that abbreviates its words (not "Intermediate (MPC)", a field) belongs to the degree.
static size_t degree_bracket(std::string_view degree, std::string_view rest) {
  static const std::regex bracket{R"(^\s*\((Hons\.?|[A-Z][A-Za-z.]{0,8}|[A-Z][A-Za-z.]{1,5}-[A-Z][A-Za-z.]{1,6})\))"};
  // "Master of Science (mgr inż.)", "Bachelor (Bc.)": the national title the degree confers, in lower case or not.
  static const std::regex kNationalTitle{R"(^\s*\((?:mgr|lic|in(?:ż|z)|bc|ing|mga|dipl)\.?(?:\s+(?:in(?:ż|z)|ing)\.?)?\))", std::regex::icase};
  // "Class XII (ISC)", "QCE (Year 12)", "Berufsmaturität (BM 1)", "Promotion (Dr.-Ing.)": the exam board, the school
  // year, the Swiss track or the German title the degree confers.
  // "Técnico (Ciclo Formativo de Grado Medio)": Spain's vocational cycle.
  static const std::regex kQualifier{
      R"(^\s*\((?:(?:Year|Class|Grade|Std\.?|Standard)\s+(?:\d{1,2}|[IVX]{1,4})|BM\s?\d|(?:Ciclo\s+Formativo\s+de\s+)?Grado\s+(?:Medio|Superior)|[A-Z][a-z]{1,6}\.-(?:[A-Z][a-z]{1,6}\.-)?[A-Z][a-z]{1,6}\.)\))"};
  // Not "Bachelor of Education (Year 3)": a student's year of a university degree.
  static const std::regex kSchoolYear{R"(^\s*\((?:Year|Class|Grade|Std\.?|Standard)\s)"};
  static const std::regex kSchoolCertificate{R"(Certificate|Diploma|Secondary|School|Matric|Leaving|Pass|Class|HSC|SSC|SSLC|QCE|WACE)",
                                             std::regex::icase};
  std::cmatch match;
  if (std::regex_search(rest.begin(), rest.end(), match, kNationalTitle)) return static_cast<size_t>(match.length(0));
  if (std::regex_search(rest.begin(), rest.end(), match, kQualifier) &&
      (!std::regex_search(rest.begin(), rest.end(), kSchoolYear) || std::regex_search(degree.begin(), degree.end(), kSchoolCertificate)))
    return static_cast<size_t>(match.length(0));
  if (!std::regex_search(rest.begin(), rest.end(), match, bracket)) return 0;
  // "(Hons)"; "HSC (XII)": the school year in Roman figures; "Allgemeine Hochschulreife (Abitur)": another name.
  // "Industriekaufmann (IHK)": the German chamber that examined the trade; "Diplom-Ingenieur (FH)": the kind of school.
  // "MBA (Executive)", "MSc (Eng)": the programme's kind; "10th Pass (SSC)", "Class XII (ISC)": the board's exam.
  static const std::regex kAttached{R"(^(?:[IVX]{1,4}|IHK|HWK|FH|TU|DH|BA|Univ\.?|Honours|Honors|Executive|Eng|Matric|ISC|ICSE|CBSE|SSC|HSC|SSLC|PUC)$)"};
  if (match.str(1).starts_with("Hons") || std::regex_match(match.str(1), kAttached) || degree_length(match.str(1)) == static_cast<size_t>(match.length(1)))
    return static_cast<size_t>(match.length(0));
  std::string initials;
  for (const auto& word : plain_words(degree))
    if (!word.empty()) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  std::string letters;
  for (char c : match.str(1))
    if (std::isupper(static_cast<unsigned char>(c))) letters += c;
  // The capitals follow the degree's word initials in order, starting with the first. Of three or more, the
  // last may abbreviate the last word further ("Bachelor of Physiotherapy (BPT)"), not name a school ("(MSU)").
  auto words = plain_words(degree);
  size_t at = 0;
  for (size_t k = 0; k < letters.size(); ++k) {
    at = initials.find(letters[k], at);
    if (at == std::string::npos) {
      char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(letters[k])));
      if (k >= 2 && k + 1 == letters.size() && !words.empty() && words.back().find(letter, 1) != std::string::npos) break;
      return 0;
    }
    ++at;
  }
  return letters.size() >= 2 && letters[0] == initials[0] ? static_cast<size_t>(match.length(0)) : 0;
}

/// The words saying a degree or title was granted, in the seven languages (a regex alternation).
static const std::string& granted_words() {
  static const std::string words =
      "behaald|obtained|awarded|conferred|completed|obtenue?|erworben|erhalten|conseguit[oa]|obtid[oa]|obtenid[oa]";
  return words;
}

/// "Diploma behaald", "Diploma behaald met cum laude": a line saying the degree above was obtained.
bool states_completion(std::string_view part) {
  static const std::regex kStatus{
      R"(^(?:diploma|diplom|diplôme|degree|abschluss|certificate|certificaat|titolo|título|titulo)\s+(?:(?:niet|not|nicht)\s+)?(?:)" +
          granted_words() + R"()(?:\s+(?:met|with|mit|avec|con|com)\s+.+?)?(?:[;,]\s.*)?\.?$)",  // "…; afstudeerscriptie beoordeeld met een 8,2"
      std::regex::icase};
  // "Lehrabschlussprüfung mit Auszeichnung bestanden" under "Lehre zur …": the apprenticeship's final exam, passed.
  static const std::regex kFinalExam{R"(^lehrabschlusspr(?:ü|u)fung\s+(?:mit\s|bestanden).*$)", std::regex::icase};
  part = trim(part);
  return std::regex_match(part.begin(), part.end(), kStatus) || std::regex_match(part.begin(), part.end(), kFinalExam);
}

bool restates_award(std::string_view text) {
  static const std::regex kAward{R"(,\s*(?:)" + granted_words() + R"()\s+(?:avec|with|mit|con|com|met)\s)", std::regex::icase};
  return std::regex_search(text.begin(), text.end(), kAward);
}

bool names_year_granted(std::string_view text) {
  static const std::regex kGranted{
      R"(\s(?:)" + granted_words() + R"()\s+(?:en|in|em|nel|im|op|le)?\s*(?:\w+\s+)?\d{4}\.?$)", std::regex::icase};
  return std::regex_search(text.begin(), text.end(), kGranted);
}

/// "DIPLOMPRÜFUNG" as "DIPLOMPRüFUNG": Latin-1 capitals lowered byte for byte (the regex folds ASCII only), so
/// offsets into the text stay valid.
static std::string lower_latin1_capitals(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    auto lead = static_cast<unsigned char>(out[i]), next = static_cast<unsigned char>(out[i + 1]);
    if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
  }
  return out;
}

/// "Master of Clinical Nursing", "Bachelor of Urban Horticulture": the Commonwealth way of naming a degree by its
/// whole discipline. The list knows the common ones; capitals and a separator (or "in") after them vouch for the rest.
/// Not "Master of Architecture and Urban Design": two fields joined are read as the field of a plain "Master".
static size_t named_discipline(std::string_view degree, std::string_view rest) {
  static const std::regex kBare{R"(^(?:Master|Masters|Bachelor|Bachelors|Doctor)$)"};
  static const std::regex kDiscipline{
      R"(^\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=\s*$|\s*[,;(|]|\s*–|\s*—|\s+-\s|\s+in\s))"};
  std::cmatch match;
  if (!std::regex_match(degree.begin(), degree.end(), kBare) || !std::regex_search(rest.begin(), rest.end(), match, kDiscipline))
    return 0;
  return static_cast<size_t>(match.length(0));
}

/// "MBA / PGDM", "MBA/PGDM": a degree then the other name of the same programme, in capitals after a slash.
static size_t degree_alternative(std::string_view rest) {
  static const std::regex kAlternative{R"(^\s*/\s*([A-Z][A-Za-z.]{1,7})(?=\s*[,;(|–—]|\s+-\s|\s*$))"};
  std::cmatch match;
  if (!std::regex_search(rest.begin(), rest.end(), match, kAlternative)) return 0;
  const std::string other = match.str(1);
  return std::regex_match(other, lexicon().degree) ? static_cast<size_t>(match.length(0)) : 0;
}

size_t degree_length(std::string_view original) {
  std::cmatch match;
  // Copied only when a Latin-1 letter is there to lower: this runs on every part of every entry line.
  const std::string lowered = original.find('\xC3') == std::string_view::npos ? std::string() : lower_latin1_capitals(original);
  std::string_view part = lowered.empty() ? original : std::string_view(lowered);
  if (states_completion(part) || !std::regex_search(part.begin(), part.end(), match, lexicon().degree)) return 0;
  size_t length = static_cast<size_t>(match.length(0));
  // "BUT Techniques de commercialisation" in capitals; "But I must explain …" opens a sentence.
  if (length == 3 && original.substr(0, 3) != "BUT" && fold_case(original.substr(0, 3)) == "but") return 0;
  // "BA" must end a word: "Basel" is not a degree.
  if (length < part.size()) {
    unsigned char next = static_cast<unsigned char>(part[length]);
    if (std::isalnum(next) || next >= 0x80) return 0;
    // "… WCAG 2.1" / "AA; audit issues dropped …": letters going on a sentence in lower case name no degree.
    if (next == ';' && starts_lower(trim(original.substr(length + 1)))) return 0;
  }
  // "Master's thesis: …", "Bachelor project": a work done for the degree, no degree.
  // Not "Master Project Management", a programme.
  static const std::regex kWork{R"(^\s+(?:thesis|dissertation|(?:project|paper)\s*:))", std::regex::icase};
  if (std::regex_search(part.begin() + static_cast<std::ptrdiff_t>(length), part.end(), kWork)) return 0;
  length += named_discipline(original.substr(0, length), original.substr(length));
  if (size_t bracket = degree_bracket(original.substr(0, length), original.substr(length))) length += bracket;
  length += degree_alternative(original.substr(length));
  // "Bachelor of Science FH in Informatik", "Bachelor of Science HES-SO": the Swiss kind of school the degree is from.
  static const std::regex kSchoolKind{R"(^\s+(?:FH|HF|HES(?:-SO)?|PH)(?=\s+in\s|\s*[,;(|–—]|$))"};
  if (std::cmatch kind; std::regex_search(part.begin() + static_cast<std::ptrdiff_t>(length), part.end(), kind, kSchoolKind))
    length += static_cast<size_t>(kind.length(0));
  return length;
}

/// "Saint-Priest", "Aix-en-Provence", "Bad Homburg", "Frankfurt am Main", "Capelle aan den IJssel": a name built the
/// way towns are named.
bool shaped_like_town(std::string_view name) {
  static const std::regex kTown{
      R"(^(?:(?:Saint|Sainte|St|Ste|San|Santa|Santo|São|Sao|Bad|Port|Fort|Mount|Villa|Villeneuve|Castel|Castelnuovo|Monte|Puerto|Porto|Val|Neu|Alt)[-. ]\S.*|\S+-(?:sur|en|lès|les|le|la|de|du|sous|am|an|im|upon|on)-\S+|\S.* (?:am|an der|an den|auf der|auf den|in der|ob der|im|upon|sur|aan de|aan den|aan zee|op|b\.|bei|a\. ?d\.|i\. ?d\.) ?\S.*)$)"};
  auto text = std::string(trim(name));
  return std::regex_match(text, kTown);
}

/// "University of California, Berkeley", "University of London, Royal Holloway": a name after a university of a
/// place names its campus or college; a known city after any but a US state's is its town ("…, Preston").
bool names_campus(std::string_view school, std::string_view town) {
  constexpr std::string_view kOf = "university of ";
  if (!starts_with_icase(school, kOf)) return false;
  bool state_university = region_country(school.substr(kOf.size())) == "US";
  return (state_university || city_country(town).empty()) && is_place_name(town) && country_code(town).empty() &&
         town.find(',') == std::string_view::npos;
}

/// A short bracketed or comma tail that names a place: "(Singapore)", "Rotterdam (NL)", ", Toronto, ON".
/// A lone town stays: "University of California, Berkeley" names a campus.
static bool place_tail(std::string_view tail) {
  tail = trim(tail);
  if (tail.empty() || institution_score(tail) > 0 || organisation_score(tail) > 0 || title_score(tail) > 0) return false;
  if ((is_location(tail) && city_country(tail).empty()) || !country_code(tail).empty()) return true;
  // "Oyo State", "Rivers State": a Nigerian state after its university.
  static const std::regex kState{R"(^[A-Z][a-z]+(?:[- ][A-Z][a-z]+)? State$)"};
  if (std::regex_match(tail.begin(), tail.end(), kState)) return true;
  return is_town_with_area(tail);  // "Rotterdam (NL)", "Paterna (Valencia)"
}

/// "Nantes", "San Jose": capitalised words with lower-case letters after the first, no brand casing.
static bool town_name(std::string_view text) {
  if (!is_place_name(text) || count_words(text) > 2 || institution_score(text) > 0 || organisation_score(text) > 0 ||
      title_score(text) > 0)
    return false;
  static const char* const kTerms[] = {"Contract", "Freelance", "Internship", "Part-time", "Full-time", "Temporary",
                                       "Volunteer", "Seasonal", "Consultant", "Remote", "Hybrid", "Werkstudent"};
  if (std::any_of(std::begin(kTerms), std::end(kTerms), [&](const char* t) { return text == t; })) return false;
  for (size_t i = 1; i < text.size(); ++i) {
    bool inner_capital = std::isupper(static_cast<unsigned char>(text[i])) && text[i - 1] != ' ' && text[i - 1] != '-';
    if (inner_capital) return false;  // "KarrotPay", "FEUP"
  }
  return true;
}

/// "Curno (BG)", "Colomiers (31)": a town with its province's code, not "Océalis (Nantes)".
bool is_area_code(std::string_view text) {
  static const std::regex kCode{R"(^\((?:[A-Z]{2,3}|\d{2,3}|2[AB]|[A-Z]\.[A-Z]\.)\)$)"};  // "(BG)", "(31)", "(2A)", "(H.P.)"
  return std::regex_match(text.begin(), text.end(), kCode);
}

bool town_with_province(std::string_view part, bool spelt_out) {
  auto open = part.rfind(" (");
  if (open == std::string_view::npos || !part.ends_with(')')) return false;
  // "Rimouski (Québec)", "Lohr am Main (Bayern)": a province spelt out vouches for a town the city list lacks,
  // where an employer is already named ("Desjardins (Québec)" alone is the employer). Not a country:
  // "Airbus (France)", "Risk Advisory (Ireland)" name an employer's or a unit's country.
  auto area = part.substr(open + 2, part.size() - open - 3);
  // "Alzira (Valencia)", "Rho (Milano)": Spanish and Italian provinces bear their chief towns' names.
  bool province = (is_area_code(part.substr(open + 1)) ||
                   (spelt_out && (!region_country(area).empty() || !city_country(area).empty()))) &&
                  !names_department(part.substr(0, open));  // not "Quality Assurance (QMS)"
  // Not "Human Resources (HR)", "Supply Chain (SC)", "Progressive Care (PCU)": a unit's initials, maybe with its "Unit"'s;
  // a known town may share them ("Reggio Emilia (RE)").
  auto initials = capital_initials(part.substr(0, open));
  // (Not "North Strathfield (NSW)": a state's code one letter longer.)
  bool unit_initials = initials.size() >= 2 && city_country(part.substr(0, open)).empty() &&
                       (area == initials || (area.size() == initials.size() + 1 && area.starts_with(initials) && !is_region_code(area)));
  // "Site de Colomiers, Colomiers (31)": a comma list holds the town last, after its employer's site.
  return province && !unit_initials && is_town_with_area(part) && degree_length(part) == 0 && institution_score(part) == 0 &&
         part.find(',') == std::string_view::npos;
}

void drop_lower_case_remark(std::string& name) {
  if (auto open = name.rfind(" ("); open != std::string::npos && name.ends_with(')') && open > 0 &&
                                     starts_lower(std::string_view(name).substr(open + 2)))
    name = std::string(trim(std::string_view(name).substr(0, open)));
}

/// A university's faculty or department by its first word. Not "School of Oriental and African Studies" or "Instituto
/// Superior Técnico": schools and institutes are named institutions of their own.
static const std::string& university_unit_pattern() {
  static const std::string kUnit =
      R"((?:Faculty|Faculté|Faculdade|Facultad|Facoltà|Fakultät|Faculteit|Department|Departamento|Département|Dipartimento|Fachbereich)(?=[\s,]))";
  return kUnit;
}

/// The university, not its faculty or department named before it ("Faculty of Economics, University of Belgrade",
/// "Dipartimento di Scienze Fisiche e Chimiche, Università degli Studi dell'Aquila").
void drop_unit_before_university(std::string& name) {
  static const std::string kUniversity = R"((?:[^,]*\b(?:University|Universit(?:é|à|ät|eit|at|y)|Universi(?:dade|dad))(?=[\s,]|$)[^,]*))";
  static const std::regex kUnitBefore{"^" + university_unit_pattern() + R"([^,]*,\s+()" + kUniversity + ")$"};
  if (std::smatch unit; std::regex_match(name, unit, kUnitBefore)) name = std::string(trim(unit.str(1)));
}

void drop_affiliation(std::string& institution) {
  drop_lower_case_remark(institution);
  // "IUT Clermont Auvergne, en alternance", "…, a distanza": how it was studied, after a comma in lower case.
  if (auto comma = institution.rfind(", "); comma != std::string::npos && comma > 0) {
    auto remark = std::string_view(institution).substr(comma + 2);
    if (starts_lower(remark) && count_words(remark) <= 4 && remark.find_first_of("0123456789") == std::string_view::npos)
      institution.erase(comma);
  }
  // "Universidade de Coimbra – Faculdade de Economia", "Université de Bretagne Occidentale – IUT de Brest": the
  // university, then its faculty or institute after a spaced dash; the university is the school.
  if (institution.find(" – ") != std::string::npos || institution.find(" — ") != std::string::npos || institution.find(" - ") != std::string::npos) {
    static const std::regex kFacultyAfter{
        R"(^(.*(?:University|Universit(?:é|à|ät|eit|at)|Universi(?:dade|dad))(?=[\s,]).*?)\s+(?:–|—|-)\s+(?:Faculty|Faculté|Faculdade|Facultad|Facoltà|Fakultät|Faculteit|IUT|Department|Departamento|Département|Dipartimento|Fachbereich|School of|Escola|Escuela|École|Instituto|Institut|Istituto)(?=[\s,]).*$)"};
    std::smatch match;
    if (std::regex_match(institution, match, kFacultyAfter)) institution = match.str(1);
  }
  // (After its university, "University of Belgrade, Faculty of Economics" stays as printed.)
  drop_unit_before_university(institution);
  // "Faculdade de Direito da Universidade de Coimbra", "Facultad de Derecho de la Universidad de Sevilla": the faculty
  // joined to its university by "of the"; the university is the school.
  static const std::regex kUnitOf{"^" + university_unit_pattern() +
                                  R"(.*?\s(?:da|de la|de l'|of the|der|dell'|van de)\s*((?:University|Universidade|Universidad|Université|Universität|Università|Universiteit)\b[^,]*)$)"};
  // Not "… da Universidade do Porto (FEUP)" or "… – FEUP": the faculty's own initials name it.
  static const std::regex kInitialsAfter{R"((?:\)|\s(?:-|–|—)\s*[A-Z]{2,8})$)"};
  if (std::smatch unit; !std::regex_search(institution, kInitialsAfter) && std::regex_match(institution, unit, kUnitOf))
    institution = std::string(trim(unit.str(1)));
  static const std::regex kBoard{R"(\s*\((?:[^()]*\bBoard\b[^()]*|CBSE|ICSE|ISC|IGCSE|NIOS)\)$)", std::regex::icase};
  std::smatch match;
  if (std::regex_search(institution, match, kBoard) && match.position(0) > 0) institution.erase(static_cast<size_t>(match.position(0)));
}

std::string capital_initials(std::string_view text) {
  std::string initials;
  for (const auto& word : split_words(text))
    if (std::isupper(static_cast<unsigned char>(word.front()))) initials += word.front();
  return initials;
}

/// "Universidade Estadual de Campinas (Unicamp)", "… Paulista (Unesp)": a short form of the name before it, its
/// letters taken in order from the name's, first letter first. No town's.
static bool short_form_of(std::string_view name, std::string_view word) {
  if (auto comma = name.rfind(", "); comma != std::string_view::npos) name = name.substr(comma + 2);  // "Instituto de Biologia, …"
  auto folded_name = fold_case(name), folded_word = fold_case(word);
  if (folded_word.empty() || folded_name.empty() || folded_name.front() != folded_word.front()) return false;
  if (folded_name.find(folded_word) != std::string::npos) return false;  // "Stadtwerke Schwerte (Schwerte)": the town again
  size_t at = 0;
  for (char c : folded_word) {
    at = folded_name.find(c, at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return true;
}

/// "National Institute of Technology", "Institute of Technology": a school's name of kind words only, "X of Y", which its
/// town completes ("…, Warangal", "…, Sligo"); the town stays in the name (not after "State University" or "The Tech
/// Academy").
static bool generic_school_name(std::string_view head) {
  static const std::set<std::string, std::less<>> kKind = {
      "of", "for", "and", "&", "national", "regional", "state", "federal", "technical", "technological", "higher",
      "technology", "science", "sciences", "engineering", "management", "arts", "education", "studies", "applied"};
  auto words = plain_words(head);
  // Not "University of Science, Technology and Arts": subjects listed in a name of their own.
  if (std::find(words.begin(), words.end(), "of") == words.end() || head.find(',') != std::string_view::npos) return false;
  bool school = false;
  for (const auto& word : words) {
    bool institution = lexicon().institutions.count(word) > 0;
    if (!institution && !kKind.count(word)) return false;
    school = school || institution;
  }
  return school && words.size() >= 2;
}

bool town_completes_school(std::string_view school, std::string_view town) {
  // Not "School of Engineering, Sudan", "…, Kerala": a country or a region says where, it names nothing.
  return generic_school_name(school) && count_words(town) <= 2 && town.find(',') == std::string_view::npos &&
         country_code(town).empty() && region_country(town).empty();
}

std::string split_off_place(std::string& name, bool bracketed) {
  std::string place;
  auto trimmed = std::string(trim(name));
  // "Ernst & Young LLP (Singapore)", "Océalis (Nantes)"; not "(KarrotPay)" or "(FEUP)". Without `bracketed`
  // only a known place: "University of London (External Programme)" keeps its bracket.
  if (trimmed.size() > 3 && trimmed.back() == ')') {
    auto open = trimmed.rfind(" (");
    auto inside = open == std::string::npos ? std::string() : trimmed.substr(open + 2, trimmed.size() - open - 3);
    // "ENSEEIHT (Toulouse)": a known city in brackets is a place after any name.
    bool named_place = !inside.empty() && (place_tail(inside) || !city_country(inside).empty()) &&
                       (bracketed || institution_score(trimmed.substr(0, open)) > 0 || !city_country(inside).empty());
    bool town = bracketed && !inside.empty() && town_name(inside) && !short_form_of(trimmed.substr(0, open), inside);
    if (named_place || town) {
      place = inside;
      trimmed.erase(open);
    }
  }
  // "Erasmus University Rotterdam, Rotterdam (NL)", "OCAD University, Toronto, ON": only after a
  // name that says what it is, so "Smith, Jones & Co" keeps its commas.
  for (auto comma = trimmed.find(", "); comma != std::string::npos; comma = trimmed.find(", ", comma + 1)) {
    auto head = std::string_view(trimmed).substr(0, comma);
    auto tail = std::string_view(trimmed).substr(comma + 2);
    // "OVS, Sesto San Giovanni (MI)": a province's code says the tail is a town after any name.
    if (institution_score(head) == 0 && organisation_score(head) == 0 && !town_with_province(tail)) continue;
    if (town_completes_school(head, tail)) continue;
    // "Kirkstall Valley Academy, Leeds", "Van Gils Transport & Logistiek, Waalwijk": a town after a named place of work.
    // After a company only one word that names no department ("Unilever PLC, Marketing" keeps its unit).
    bool company_town = organisation_score(head) > 0 && count_words(tail) == 1 && town_name(tail) && !names_department(tail);
    // "Corvane Medical Ireland Ltd, Galway & Dublin", "Infosys Limited, Mysuru/Bengaluru": two towns the employer works from.
    for (std::string_view pair : {" & ", "/"})
      if (auto at = tail.find(pair); at != std::string_view::npos && organisation_score(head) > 0 && !names_department(tail))
        company_town = company_town || (town_name(trim(tail.substr(0, at))) && town_name(trim(tail.substr(at + pair.size()))));
    bool school_town = institution_score(head) > 0 && (town_name(tail) || shaped_like_town(tail));
    bool known_town = (!city_country(tail).empty() || school_town || company_town) && !names_campus(head, tail);
    if (!place_tail(tail) && !known_town) continue;
    place = std::string(tail) + (place.empty() ? "" : " (" + place + ")");
    trimmed.erase(comma);
    break;
  }
  // "CFP Alberghiero “G. Veronesi” – Arco (TN)": a town its province's code names, after the name's dash.
  for (std::string_view dash : {" – ", " — ", " - "})
    if (auto at = trimmed.rfind(dash); place.empty() && at != std::string::npos && at > 0) {
      auto tail = std::string_view(trimmed).substr(at + dash.size());
      if (town_with_province(tail) && count_words(tail) <= 4 && employer_words(tail) == 0) {
        place = std::string(tail);
        trimmed.erase(at);
      }
    }
  name = trimmed;
  return place;
}

std::string split_off_address(std::string& name) {
  static const std::regex kStreet{R"(^[^\d,]{3,}\s\d{1,4}[a-zA-Z]?(?:\s?/\s?\d+\w?)*$|^\d{1,4}[a-zA-Z]?,?\s+[^\d,]{3,}$)"};
  static const std::regex kPostcodeTown{R"(^(?:[A-Z]{1,2}-)?\d{4,5}\s+(\D.*)$)"};
  std::vector<std::string> parts;
  for (size_t from = 0;;) {
    auto comma = name.find(", ", from);
    parts.emplace_back(trim(std::string_view(name).substr(from, comma == std::string::npos ? std::string::npos : comma - from)));
    if (comma == std::string::npos) break;
    from = comma + 2;
  }
  size_t cut = 0;
  std::string town;
  for (size_t k = 1; k < parts.size(); ++k) {
    std::smatch postcode;
    bool street = std::regex_match(parts[k], kStreet);
    if (std::regex_match(parts[k], postcode, kPostcodeTown)) town = postcode.str(1);
    if ((street || !town.empty()) && cut == 0) cut = k;
    if (!town.empty()) break;
  }
  if (cut == 0) return "";
  // No postcode: the town closes the address ("…, Block 5, Electronic City, Bangalore").
  if (town.empty() && cut + 1 < parts.size() && is_place_name(parts.back())) town = parts.back();
  parts.resize(cut);
  name = join(parts, ", ");
  return town;
}

bool names_department(std::string_view text) {
  static const std::set<std::string, std::less<>> kDepartments = {
      "marketing", "sales", "finance", "engineering", "operations", "payments", "research", "technology", "product",
      "design", "legal", "compliance", "audit", "tax", "treasury", "procurement", "support", "security", "strategy",
      "development", "management", "risk", "data", "analytics", "consulting", "services", "service", "client", "clients",
      "customer", "team", "hr", "it", "quality"};
  auto words = plain_words(text);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) { return kDepartments.count(w) > 0; });
}

/// "Department of Earth Sciences", "Lehrstuhl für Arbeitsrecht", "Departamento de Botânica": a university's unit,
/// by its first words.
bool opens_with_unit(std::string_view text) {
  // is_location asks of every comma list: the first word decides before the regex runs.
  static const std::set<std::string, std::less<>> kFirstWords = {
      "Department", "Dept.", "Faculty", "School", "Institute", "Laboratory", "Lab", "Chair", "Centre", "Center", "Lehrstuhl",
      "Professur", "Institut", "Abteilung", "Fachbereich", "Arbeitsgruppe", "Département", "Departement", "Laboratoire",
      "Departamento", "Dipartimento", "Laboratório", "Laboratorio", "Cátedra", "Catedra", "Faculté", "Faculte", "Faculdade",
      "Facultad", "Facoltà", "Facolta"};
  if (!kFirstWords.count(text.substr(0, text.find(' ')))) return false;
  static const std::regex kUnit{
      R"(^(?:(?:Department|Dept\.|Faculty|School|Institute|Laboratory|Lab|Chair|Centre|Center|Lehrstuhl|Professur|Institut|Abteilung|Fachbereich|Arbeitsgruppe|D(?:é|e)partement|Laboratoire|Departamento|Dipartimento|Laborat(?:ó|o)rio|Laboratorio|C(?:á|a)tedra|Facult(?:é|e)|Faculdade|Facultad|Facolt(?:à|a))\s+(?:of|for|für|de|di|du|des|del|della|da|do)\s|(?:Abteilung|Department|Arbeitsgruppe)\s+(?:[A-Z]|Ä|Ö|Ü)))"};  // not "Faculty Affairs"
  return std::regex_search(text.begin(), text.end(), kUnit);
}

/// "Cardiac Step-Down Unit", "Emergency Department": a part of an employer, by its last word.
bool ends_in_unit_word(std::string_view part) {
  // "Progressive Care Unit (PCU)": the unit's initials after it.
  if (auto open = part.rfind(" ("); open != std::string_view::npos && part.ends_with(')')) part = part.substr(0, open);
  auto words = plain_words(part);
  static const char* const kUnits[] = {"department", "unit", "ward", "team", "division", "desk", "abteilung", "service"};
  return !words.empty() && std::any_of(std::begin(kUnits), std::end(kUnits), [&](const char* u) { return words.back() == u; });
}

bool opens_with_unit_word(std::string_view part) {
  // Not "Department of Health and Social Care": in English a department is a government's own employer.
  static const std::regex kUnitFirst{
      R"(^(?:Departamento|Département|Dipartimento|Departament|Afdeling|Abteilung|Divisão|División)\s+(?:de|do|da|dos|das|del|di|für|van)\s)"};
  return std::regex_search(part.begin(), part.end(), kUnitFirst);
}

bool is_profile_metadata(std::string_view line) {
  static const std::regex kMetadata{
      R"(^(?:endorsed by\b|\d+ endorsements?\b|\d+ experiences? across\b|show all \d+\b|passed linkedin skill assessment))",
      std::regex::icase};
  line = trim(line);
  if (std::regex_search(line.begin(), line.end(), kMetadata)) return true;
  auto at = line.find(" at ");
  return at != std::string_view::npos && title_score(line.substr(0, at)) > 0 && count_words(line) >= 4 &&
         line.find(',') == std::string_view::npos;
}

bool is_contact_label(std::string_view text) {
  static const std::set<std::string, std::less<>> kContactLabels = {
      "telemóvel", "telemovel", "telefone", "telefon", "telefoon", "téléphone", "teléfono", "telefono", "móvil", "handy", "celular",
      "cellulare", "e-mail", "email", "mail", "mail id", "email id", "e-mail id", "email address", "e-mail address",
      "mobile number", "phone number", "telephone number", "contact number", "alternative phone number", "alternative number", "alternative", "cell", "cell number", "phone", "mobile", "mobil", "mobiel", "fax", "pec", "e-mail pec", "posta certificata", "gsm",
      "correo", "correo electrónico", "correo electronico", "courriel", "adresse e-mail", "adresse mail", "e-mailadres", "emailadres",
      "indirizzo email", "indirizzo e-mail"};
  return kContactLabels.count(fold_case(trim(text))) > 0;
}

const std::string& address_label_pattern() {
  static const std::string kLabels =
      R"((?:address|home address|(?:residential|physical|postal|permanent|present|current|correspondence) address|adresse|adres|anschrift|wohnort|standort|dirección|direccion|endereço|indirizzo|location|current location|city|town|area|suburb|hometown|home town|based in|residence|residenza|residência|residencia|woonplaats|plaats|ort|lieu|ciudad|città|citta|ville|localidad|local|localização|localidade|localité|localite|localisation|ubicación|ubicacion|domicílio|domicilio|cidade|cidade\s*/\s*uf|munic(?:í|Í|i)pio(?:\s*/\s*(?:uf|provincia))?|municipio y provincia|localidad\s*/\s*provincia|comune(?: di residenza)?|postcode en woonplaats|postcode\s*/\s*woonplaats|plz(?:\s*/\s*|\s*,\s*|\s+und\s+)ort|code postal et ville|cap e città|código postal y (?:ciudad|localidad)|código postal e localidade|cep e cidade))";
  return kLabels;
}

const std::string& given_name_label_pattern() {
  static const std::string kLabels = R"((?:first name|given names?|forename|vorname|vornamen|prénom|prenom|nombre|nome|voornaam|voornamen))";
  return kLabels;
}

const std::string& surname_label_pattern() {
  static const std::string kLabels =
      R"((?:last name|surname|family name|nachname|familienname|nom de famille|nom|apellidos|apellido|cognome|sobrenome|apelidos?|achternaam))";
  return kLabels;
}

const std::string& origin_label_pattern() {
  static const std::string kLabels =
      R"((?:nationality|citizenship|staatsbürgerschaft|staatsangehörigkeit|nationalität|nacionalidad|nationalité|nacionalidade|nazionalità|cittadinanza|nationaliteit|geburtsort|place of birth|birthplace|lieu de naissance|lugar de nacimiento|luogo di nascita|geboorteplaats|naturalidade|local de nascimento))";
  return kLabels;
}

bool is_personal_detail_label(std::string_view text) {
  static const std::regex kLabel{"^(?:" + address_label_pattern() + "|" + origin_label_pattern() +
                                     R"(|date of birth|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|)" +
                                     given_name_label_pattern() + "|" + surname_label_pattern() + R"()\s*:?$)",
                                 std::regex::icase};
  text = trim(text);
  return is_contact_label(text.ends_with(':') ? trim(text.substr(0, text.size() - 1)) : text) ||
         std::regex_match(text.begin(), text.end(), kLabel);
}

}  // namespace atslint
