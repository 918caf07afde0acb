#include "linter/structure/contact.h"

#include <algorithm>
#include <regex>
#include <span>
#include <set>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "linter/patterns.h"
#include "linter/structure/dates.h"
#include "linter/structure/entries.h"
#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/structure/line_text.h"
#include "linter/structure/section_synonyms.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

struct ContactPatterns {
  const std::regex website{R"((?:^|[\s|·•:])((?:https?://)?(?:www\.)[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:/[^\s|·•]*)?))"};
  const std::regex bare_domain{
      R"(^(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|dev|me|design|app|co|ai|tech|page|site|xyz|info|online|studio|blog|portfolio|de|fr|es|it|nl|pt|uk|ca|au|in|ch|at|be|br|eu)(?:/\S*)?$)",
      std::regex::icase};
  const std::regex handle{R"((linkedin|github|gitlab|twitter)\s*:\s*(?!https?:|www\.)(?:@|/?in/)?([A-Za-z0-9_.-]+))", std::regex::icase};
};

const ContactPatterns& contact_patterns() {
  static const ContactPatterns compiled;
  return compiled;
}

bool is_credential(std::string_view code);

/// "CA", "MD", "PE": letters after a name that are a qualification, though also a region code.
/// "Thomas O’Rourke CEng MIStructE", "Ana Ruiz PhD FRCS": letters after the name, set apart from a
/// surname ("McDonald", "SMITH") by a capital pair or a closing capital in a mixed-case word.
std::string strip_post_nominals(const std::string& name) {
  static const std::regex kMixed{R"(^(?:[A-Z]{2}[A-Za-z]*[a-z][A-Za-z]*|[A-Z][A-Za-z]*[a-z][A-Za-z]*[A-Z]))"};
  static const std::regex kCapitals{R"(^[A-Z]{2,5}$)"};
  // "CA(SA)", "CPA (Aust.)": a qualification with the country that awarded it in brackets.
  static const std::regex kWithCountry{R"(^(?:[A-Z]{2,5})?\([A-Z][A-Za-z.]{1,5}\)$)"};
  static const std::set<std::string, std::less<>> kKnown = {"MBA", "CPA", "RN", "FRCS", "MRCS", "PMP", "ACCA", "FCCA",
                                                             "CFA", "FICE", "MICE", "MIET", "FCA", "ACA", "CIMA", "MRICS",
                                                             // nurses, doctors and other registered professions
                                                             "RGN", "RMN", "RPN", "RM", "LPN", "BSN", "MSN", "DNP", "FNP", "CNA",
                                                             "MRCP", "FRCP", "MRCGP", "DDS", "DVM", "CMA", "CFP", "CIPD", "MCIPD",
                                                             "MPSI", "FPSI", "BCPS", "MPS",  // pharmacists
                                                             "CISSP", "CISA", "CISM", "CCNA", "CCNP", "CIPP", "CSM", "CSCP", "CPIM",
                                                             "LCSW", "LPC", "LMFT", "CCRN", "CRNA", "APRN", "CNM", "DPT", "FRACP",
                                                             "FRCSI", "FRCPI", "MIEI", "FIEI", "MCIPS", "FCIPS", "SHRM", "PHR", "SPHR",
                                                             "CPHR", "CHRP", "CFE", "CIA", "FCPA", "FCMA", "ACMA", "MAAT", "FRICS",
                                                             "RIBA", "MRTPI", "MCIOB", "FCIOB", "MSCSI", "FSCSI", "MCIBSE", "FCIBSE",
                                                             // allied health, safety, logistics and management bodies
                                                             "MISCP", "MCSP", "MIAOT", "RSCN", "MIOSH", "CMIOSH", "MCILT", "FCILT",
                                                             "CMILT", "MCMI", "FCMI", "MCIM", "FRSA", "PGCE", "QTS",
                                                             // ecology, planning and engineering institutes (UK, Canada)
                                                             "MCIEEM", "CEcol", "CEnv", "MCIWEM", "MRSB", "MCIP", "RPP", "CEng", "MICE", "MIET",
                                                             // degrees written after the name
                                                             "BBA", "LLB", "LLM", "MPH", "MSW", "MFA"};
  // "BA" only past a comma ("Katharina Steinbauer, BA MBA"), for "Mamadou Lamine BA" is a surname.
  bool after_comma = name.find(", ") != std::string::npos;
  auto words = split_words(name);
  size_t keep = words.size();
  bool mixed = false;
  // From the end: a word in capitals goes only when known, or when the word before it is a credential too
  // ("Mary Jane SMITH PhD" keeps its surname).
  // "Ph.D.", "PH.D." in small capitals, "M.D.", "Pharm.D.": a doctorate written with full stops.
  // "B.Pharm", "B.Sc.", "M.Ed": a degree's initial, its full stop, then the subject's short form.
  static const std::regex kDotted{
      R"(^(?:Ph|PH|Pharm|PHARM|Psy|PSY|Ed|ED|D|M)\.\s?D\.?$|^D\.\s?Phil\.?$|^M\.B\.A\.$|^[BM]\.(?:Pharm|Sc|Ed|Com|Eng|Nurs|Tech|A|S)\.?$)"};
  auto credential = [&](std::string word) {
    while (!word.empty() && word.back() == ',') word.pop_back();  // "B.Pharm (Hons), MPS"
    return std::regex_match(word, kMixed) || std::regex_match(word, kWithCountry) || std::regex_match(word, kDotted) || kKnown.count(word) > 0 ||
           (after_comma && word == "BA");
  };
  while (keep > 2) {
    const auto& word = words[keep - 1];
    bool capitals = std::regex_match(word, kCapitals);
    if (!credential(word) && !(capitals && credential(words[keep - 2]))) break;
    mixed = mixed || credential(word);  // "Siobhan Gallagher RN"
    // "CA (SA)": the country in brackets goes with the capitals before it.
    if (word.starts_with("(") && keep > 3 && (credential(words[keep - 2]) || is_credential(words[keep - 2]))) --keep;
    --keep;
  }
  if (!mixed) return name;
  words.resize(keep);
  auto kept = join(words, " ");
  while (!kept.empty() && kept.back() == ',') kept.pop_back();  // "Thandi Nkosi, CA(SA)"
  return kept;
}

bool is_credential(std::string_view code) {
  static const char* const kCredentials[] = {"CA", "MD", "PA", "PE", "MA", "MS", "RN", "DO", "NP", "PT", "OT", "JD"};
  return std::any_of(std::begin(kCredentials), std::end(kCredentials), [&](const char* c) { return code == c; });
}

/// "UK", "Ontario"'s "ON", "Germany" after a comma: a place, unless it is also a credential ("CA", "MD").
bool names_region(std::string_view tail) {
  tail = trim(tail);
  return !is_credential(tail) && (is_region_code(tail) || !country_code(tail).empty());
}

/// "Available upon request": a word in lower case other than a name's particle ("van", "de", "bin", "ter").
bool has_lower_word(std::string_view text) {
  static const std::set<std::string, std::less<>> kParticles = {"van", "de", "der", "den", "von", "da", "di", "du", "dos",
                                                                "das", "del", "la", "le", "bin", "binti", "al", "y", "e",
                                                                "ter", "ten", "do", "dei", "degli", "della", "zu", "af", "ibn", "el"};
  auto words = collapse_spaces(text);
  for (size_t start = 0; start < words.size();) {
    size_t space = std::min(words.find(' ', start), words.size());
    auto word = std::string_view(words).substr(start, space - start);
    if (starts_lower(word) && !kParticles.count(word)) return true;
    start = space + 1;
  }
  return false;
}

/// "Danielle R.": a middle initial closing the line, the surname set below it.
bool ends_in_initial(std::string_view text) {
  return text.size() >= 3 && text.back() == '.' && std::isupper(static_cast<unsigned char>(text[text.size() - 2])) &&
         text[text.size() - 3] == ' ';
}

/// "Jane Smith", "JOSÉ ÁLVAREZ", "Madonna": letters, 1-5 words, no digits or details.
/// "Bonjour Madame Delattre,", "Dear Ms Hill,", "Bien cordialement,", "Best regards": a cover note's greeting names its
/// reader, its closing no one. Only with the comma after it or a second such word: "Mit Patel", "Beste Yılmaz" are names.
/// "I'm", "sou a", "ich bin" and the like, as a writer introduces themselves ("Hi, I'm Jane Doe").
static const std::regex& self_introduction() {
  static const std::regex pattern{
      R"((?:^|[\s,!])(?:I'm|I am|my name is|eu sou(?: o| a)?|sou o|sou a|soy|me llamo|je suis|je m'appelle|ich bin|ich heiße|sono|mi chiamo|ik ben|ik heet)\s+)",
      std::regex::icase};
  return pattern;
}

static bool is_greeting(std::string_view text, const std::vector<std::string>& words) {
  static const std::set<std::string, std::less<>> kOpeners = {
      "bonjour", "hello", "hi", "dear", "hallo", "buongiorno", "gentile", "egregio", "gentilissima", "hola", "estimado", "estimada",
      "beste", "geachte", "olá", "prezado", "prezada", "sehr", "liebe", "lieber", "bien", "best", "kind", "mit", "met", "cordiali",
      "distinti", "saludos", "atentamente", "atenciosamente", "cumprimentos", "merci", "danke", "grazie", "gracias", "obrigado",
      "obrigada", "bedankt", "thanks", "sincerely", "yours", "regards", "cordialement", "ciao", "salve", "hey", "bonsoir", "buenas",
      "buenos", "bom", "boa", "guten", "good", "goedemorgen", "goedemiddag"};
  static const std::set<std::string, std::less<>> kSeconds = {
      "madame", "monsieur", "mesdames", "messieurs", "sir", "madam", "mr", "mrs", "ms", "herr", "frau", "damen", "sig", "sig.ra",
      "dott", "señor", "señora", "senhor", "senhora", "heer", "mevrouw", "regards", "wishes", "cordialement", "salutations",
      "freundlichen", "vriendelijke", "saluti", "grüße", "grüßen", "groeten", "geehrte", "geehrter",
      // the time of day after the opener: "Buenos días, Marta:", "Good morning Anna", "Guten Tag"
      "días", "dias", "dia", "tardes", "tarde", "tag", "morgen", "morning", "afternoon", "evening"};
  // "Madame, Monsieur,": a salutation of courtesy titles alone, closed by a comma.
  if (words.size() >= 2 && trim(text).ends_with(',') && std::all_of(words.begin(), words.end(), [](const std::string& w) { return kSeconds.count(w) > 0; }))
    return true;
  if (words.empty() || !kOpeners.count(words.front())) return false;
  // "OLÁ, SOU A" over the name on a personal site: the opener, then the writer introducing themselves (not "Kind, Johanna").
  auto mark = text.find_first_of(",!");
  // Not "Hi! I'm based in Manchester, UK", which says where the writer lives.
  static const std::regex kPlaceAfter{R"((?:I'm|I am|je suis|ich bin|sou|soy|sono|ik ben)\s+(?:based|located|living|from|basé|basée|wohnhaft|aus|de|da|di|uit|woonachtig|radicad[oa]))",
                                      std::regex::icase};
  auto after_mark = std::string(text.substr(mark == std::string_view::npos ? text.size() : mark)) + " ";
  bool introduces = mark != std::string_view::npos && count_words(text.substr(0, mark)) == 1 &&
                    std::regex_search(after_mark, self_introduction()) && !std::regex_search(after_mark, kPlaceAfter);
  return introduces || trim(text).ends_with(',') || (words.size() >= 2 && kSeconds.count(words[1]) > 0);
}

/// "dice", "glints": a job site's wordmark over the profile, one word in lower case; a name is capitalised.
bool is_lower_case_wordmark(std::string_view text) {
  text = trim(text);
  return count_words(text) == 1 && starts_lower(text) &&
         std::none_of(text.begin(), text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

/// A form's label for the person's name, in the seven languages ("Nome e cognome", "Nombre y apellidos").
const std::string kNameLabel =
    R"((?:name|full name|candidate name|applicant name|name of (?:the )?expert|nom de l['’]expert|nombre del experto|nom du candidat|nombre del candidato|nome do candidato|nome del candidato|naam kandidaat|name des bewerbers|nom|nombre|nome|naam|vor- und nachname|vorname und nachname|nome e cognome|nome completo|nombre completo|nombre y apellidos|nom et prénom|prénom et nom|nom complet|volledige naam))";

/// "SAYouth": a word opening on two capitals or more run into lower case, as brands write themselves; names capitalise
/// once a part ("McAllister", "DeAndre"), and Dutch ones open on the digraph IJ ("IJsbrand"). Asked of every name
/// candidate: a scan, no regex.
static bool opens_on_brand_capitals(std::string_view text) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && text[i - 1] != ' ') continue;
    size_t end = i;
    while (end < text.size() && upper(text[end])) ++end;
    bool digraph = end - i == 2 && text.substr(i, 2) == "IJ";
    if (end - i >= 2 && !digraph && end < text.size() && text[end] >= 'a' && text[end] <= 'z') return true;
  }
  return false;
}

bool name_shaped(std::string_view text) {
  if (text.empty() || text.size() > 60 || count_words(text) > 5) return false;
  if (text.size() < 2 || (text.size() == 2 && !std::isalpha(static_cast<unsigned char>(text[1])))) return false;  // "E": a stray glyph
  bool monogram = text.size() <= 3 && std::all_of(text.begin(), text.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  if (monogram) return false;  // "HW" in a logo circle: the initials, not the name
  if (has_contact_detail(text) || text.find('@') != std::string_view::npos) return false;
  if (std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;
  if (is_document_title(text) || !canonical_section(text).canonical.empty()) return false;
  if ((text.back() == '.' && !ends_in_initial(text)) || text.back() == ':') return false;
  if (text.find(": ") != std::string_view::npos) return false;  // "Familienstand: verheiratet, …": a form's field
  if (!country_code(text).empty()) return false;  // "France" under a street address
  // "London, UK" is a place; "Choo Gui Yi, Ivy" is a name.
  if (auto comma = text.rfind(", "); comma != std::string_view::npos && names_region(text.substr(comma + 2))) return false;
  if (text.find_first_of("()[]") != std::string_view::npos) return false;  // "Developer (apprenticeship)"
  // "ROLLING/PIN JOBS", "Wood/Metal": a logo or a trade; not Malaysia's "a/l", "a/p", "s/o" inside a name.
  static const std::regex kSlashedWords{R"([A-Za-z]{2}/[A-Za-z]{2})"};
  if (text.find('/') != std::string_view::npos && std::regex_search(text.begin(), text.end(), kSlashedWords)) return false;
  // "example.com": a dot inside a word is a domain, not an initial ("Jane Q. Public").
  for (size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1))
    if (dot + 1 < text.size() && std::isalpha(static_cast<unsigned char>(text[dot + 1]))) return false;
  if (!has_letter(text)) return false;  // "👩🏽‍💻": a page icon above the name
  if (opens_on_brand_capitals(text)) return false;
  auto words = plain_words(text);
  // Document titles, link labels and security markings ("NOT PROTECTIVELY MARKED") are never a name.
  static const char* const kTitleWords[] = {"resume", "résumé", "cv", "curriculum", "currículum", "currículo", "curriculo",
                                            "vitae", "lebenslauf", "sample",
                                            "template", "portfolio", "github", "linkedin", "twitter", "website",
                                            "stackoverflow", "email", "e-mail", "mobile", "phone", "marked",
                                            "confidential", "unclassified", "printed", "classified", "restricted", "draft",
                                            // a photo placeholder's caption in a template
                                            "photo", "foto", "picture", "bild", "image",
                                            // the EU's CV format prints its logo's word above the name
                                            "europass"};
  for (const auto& word : words)
    for (const char* title : kTitleWords)
      if (word == title) return false;
  // A contact badge's label alone ("Telemóvel", "Telefon"); not "Jessica Handy".
  if (words.size() == 1 && is_contact_label(words.front())) return false;
  // The name field's own label ("NAME" over a man page's name line, "Naam", "Nombre"); a template's placeholder
  // "Full Name" stands where the name goes.
  static const std::regex kNameLabelAlone{"^" + kNameLabel + "$", std::regex::icase};
  if (words.size() == 1 && std::regex_match(std::string(trim(text)), kNameLabelAlone)) return false;
  return !words.empty() && !is_greeting(text, words);
}

/// En and em dashes as ASCII hyphens, so "555–0100" reads as a phone number.
std::string hyphenate(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    auto rest = text.substr(i);
    if (rest.starts_with("\u00AD")) {  // soft hyphen: invisible
      ++i;
      continue;
    }
    bool dash = rest.starts_with("–") || rest.starts_with("—") || rest.starts_with("‐") || rest.starts_with("‑") ||
                rest.starts_with("−");
    bool repeated = (dash || text[i] == '-') && !out.empty() && out.back() == '-';  // "-‐" typed twice
    if (!repeated) out.push_back(dash ? '-' : text[i]);
    if (dash) i += 2;
  }
  return out;
}

/// The phone pattern stops at a five-digit group ("+55 11 98765-4321"): take the
/// whole run of digits and phone punctuation, up to 15 digits.
std::string extend_phone(const std::string& text, size_t offset, const std::string& found) {
  // Leftwards first: "+33 6 12 34 56 78" is found from "12".
  auto phone_char = [](char c) { return (c >= '0' && c <= '9') || c == '+' || c == '(' || c == ')' || c == '-' || c == '.'; };
  size_t begin = offset;
  while (begin > 0) {
    if (phone_char(text[begin - 1])) {
      --begin;
      continue;
    }
    // Spaces: one between groups, or any run after an area code "(909)    555-5555".
    size_t spaces = begin;
    while (spaces > 0 && text[spaces - 1] == ' ') --spaces;
    bool one = begin - spaces == 1 && spaces > 0 && phone_char(text[spaces - 1]);
    bool after_area_code = spaces > 0 && text[spaces - 1] == ')';
    if (spaces == begin || !(one || after_area_code)) break;
    begin = spaces;
  }
  if (digits_of(text.substr(begin, offset - begin)).size() + digits_of(found).size() <= 15 &&
      digits_of(text.substr(begin, offset - begin)).size() > 0) {
    auto extended = text.substr(begin, offset - begin) + found;
    return extend_phone(text, begin, std::string(trim(extended)));
  }
  size_t end = offset;
  size_t last_digit = offset;
  int digits = 0;
  // "+39 347 218 5590 02 8734 2210": a run too long for one number holds two.
  auto second = second_number_at(text, offset);
  size_t stop = second == std::string::npos ? text.size() : offset + second;
  while (end < text.size()) {
    char c = text[end];
    bool digit = c >= '0' && c <= '9';
    // A plus sign opens the next number ("051 634 2281 +39 347 512 8830").
    bool joiner = c == '-' || c == '.' || c == '(' || c == ')' || (c == '+' && end == offset) ||
                  (c == ' ' && end + 1 < text.size() && text[end + 1] != ' ' && text[end + 1] != '+');
    if (end == stop) break;
    if (!digit && !joiner) break;
    if (digit && ++digits > 15) break;
    if (digit) last_digit = end;
    ++end;
  }
  if (last_digit + 1 <= offset + found.size()) return found;
  return text.substr(offset, last_digit + 1 - offset);
}

/// "MK Megan Kowalczyk" -> "Megan Kowalczyk": capitals that are the initials of the words after them.
/// "IV" before "Ignacio Andrés Valdivia Rojas": capitals that are the first name's initial, then initials of later
/// names in order (a monogram takes the first surname, not every name).
bool abbreviates(const std::string& monogram, std::span<const std::string> words) {
  if (monogram.size() < 2 || monogram.size() > 3 || words.empty() ||
      !std::all_of(monogram.begin(), monogram.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
    return false;
  std::string initials;
  for (const auto& word : words) initials.push_back(word[0]);
  if (initials[0] != monogram[0]) return false;
  size_t at = 1;
  for (size_t k = 1; k < monogram.size(); ++k, ++at)
    if ((at = initials.find(monogram[k], at)) == std::string::npos) return false;
  return true;
}

std::string drop_monogram(const std::string& text) {
  auto words = split_words(text);
  if (words.size() < 3 || !abbreviates(words[0], std::span<const std::string>(words).subspan(1))) return text;
  return std::string(trim(std::string_view(text).substr(text.find(words[1]))));
}

/// "📍 Lyon", "⌖ Chicago, IL", "Bengaluru, Karnataka ⌂", "📦 Kirsty McAllister": the text without the icons a template sets
/// before it (anything up to the first letter or digit) or after it (symbols, as sidebars align them right).
std::string strip_icons(const std::string& text) {
  auto unicode = icu::UnicodeString::fromUTF8(text);
  int32_t begin = 0, end = unicode.length();
  while (begin < end && !u_isalnum(unicode.char32At(begin))) begin = unicode.moveIndex32(begin, 1);
  while (end > begin) {
    int32_t before = unicode.moveIndex32(end, -1);
    auto type = u_charType(unicode.char32At(before));
    // An emoji's skin tone, variation selector and joiner go with it ("👋🏽", "✉️").
    UChar32 c = unicode.char32At(before);
    bool selector = c >= 0xFE00 && c <= 0xFE0F;  // not an accent left uncomposed ("Bogota" + U+0301)
    bool symbol = type == U_OTHER_SYMBOL || type == U_MATH_SYMBOL || type == U_MODIFIER_SYMBOL || selector || type == U_FORMAT_CHAR;
    if (!symbol && !u_isspace(unicode.char32At(before))) break;
    end = before;
  }
  std::string out;
  unicode.tempSubString(begin, end - begin).toUTF8String(out);
  return out;
}

/// The name on a line: its first segment ("Jane Smith | Engineer"), or every
/// segment when each is one capitalised word spread wide ("Leo    Leopard").
std::string name_candidate(std::string_view text) {
  auto parts = split_parts(text);
  if (parts.empty()) return "";
  // "Curriculum Vitae   John Doe": a document title before the name.
  if (parts.size() >= 2 && is_document_title(parts[0])) parts.erase(parts.begin());
  // "PROFIL - Markus Brenner": a freelancer's profile titled with the name after a dash.
  static const std::set<std::string, std::less<>> kProfile{"profil", "profile", "perfil", "profilo", "profiel"};
  if (parts.size() >= 2 && kProfile.count(fold_case(trim(parts[0]))) && count_words(parts[1]) >= 2 && count_words(parts[1]) <= 4)
    parts.erase(parts.begin());
  // "Dott.ssa Chiara Bellandi", "Mrs. Jane Roe": an honorific before the name. A doctor's "Dr." and Austria's "Ing."
  // and "Mag." are academic grades written as part of the name (every labelled one is kept as printed), so they stay;
  // Austria's feminine "Dr.in" goes, as no name reader takes its inner full stop, and so do the Dutch grades written in
  // lower case before a name ("ing. Jeroen Lubbers", "drs.", "ir.", "mr."); an applicant system's "Frau", "Herr",
  // "Madame", "Mevrouw" before the name too; an Italian surveyor's or accountant's "Geom.", "Rag.".
  static const std::regex kHonorific{
      R"(^(?:ing\.|ir\.|drs\.|mr\.|Dott\.(?:ssa)?|Dr\.in|Prof\.(?:ssa)?|Profa\.?|Avv\.|Arch\.|Geom\.|GEOM\.|Rag\.|RAG\.|Mr\.|Mrs\.|Ms\.|Mme|Sr\.|Sra\.|Frau|Herr|Herrn|Madame|Monsieur|Mevrouw|Mevr\.|Dhr\.|Sig\.(?:ra)?|Dipl\.-(?:Ing|Kfm|Kffr|Inf|Wirt\.-Ing)\.(?:\s*\((?:FH|TU|BA|DH|Univ\.)\))?)\s+(?=\S))"};
  // "Name:   Jane Smith", "Nom : Jane Smith": a labelled field.
  static const std::regex kLabel{"^" + kNameLabel + R"(\s*:?$)", std::regex::icase};
  if (parts.size() >= 2 && std::regex_match(parts[0], kLabel))
    return std::regex_replace(std::string(trim(std::string_view(parts[1]).substr(parts[1].front() == ':' ? 1 : 0))), kHonorific, "");
  static const std::regex kLabelled{"^" + kNameLabel + R"(\s*:\s*(.+)$)", std::regex::icase};
  std::smatch labelled;
  if (std::regex_match(parts[0], labelled, kLabelled)) return std::regex_replace(labelled.str(1), kHonorific, "");
  parts[0] = std::regex_replace(parts[0], kHonorific, "");
  // "La sottoscritta Chiara BERTI, nata ad Adria…": a sworn CV opens on the declarant's name.
  static const std::regex kDeclarant{R"(^(?:(?:la|il|io)\s+sottoscritt[oa](?:/[ao])?|je\s+soussign(?:é|e)e?(?:\(e\))?)\s+(?=\S))", std::regex::icase};
  parts[0] = std::regex_replace(parts[0], kDeclarant, "");
  // "Lebenslauf Tobias Lenz", "Beraterprofil: Tobias Lenz", "CV Jane Roe": the document's title run into the name.
  static const std::regex kTitleBefore{
      R"(^(?:Curriculum\s+Vitae|Lebenslauf|Beraterprofil|Kandidatenprofil|Bewerberprofil|Mitarbeiterprofil|Consultant\s+Profile|Candidate\s+Profile|CV|Resume|Résumé)\s*:?\s+)",
      std::regex::icase};
  if (std::smatch title; std::regex_search(parts[0], title, kTitleBefore)) {
    auto rest = parts[0].substr(static_cast<size_t>(title.length(0)));
    auto words = split_words(rest);
    bool capitalised = std::all_of(words.begin(), words.end(), [](const std::string& w) { return std::isupper(static_cast<unsigned char>(w[0])) || (w[0] & 0x80); });
    // Not "CV Writing Pro", "Curriculum Vitae English Version": a service's or a version's words after the title.
    static const std::set<std::string, std::less<>> kNoName{"writing", "pro", "english", "version", "deutsch", "deutsche",
                                                            "français", "française", "español", "italiano", "nederlands",
                                                            "português", "template", "builder", "format", "sample",
                                                            "example", "modern", "services", "service", "fassung"};
    bool named = std::none_of(words.begin(), words.end(), [](const std::string& w) { return kNoName.count(fold_case(w)) > 0; });
    if (words.size() >= 2 && words.size() <= 4 && capitalised && named && title_score(rest) + organisation_score(rest) + institution_score(rest) == 0)
      parts[0] = rest;
  }
  // "CURRICULUM VITAE" / "OF THABO DANIEL MOKOENA": the title's last word wrapped before the name (no name opens on "of").
  static const std::regex kTitleOf{R"(^of\s+(?=\S+\s+\S))", std::regex::icase};
  parts[0] = std::regex_replace(parts[0], kTitleOf, "");
  // India's "Adv. Priya Nair", "Er. Rahul Verma": a professional prefix before a name of two words or more.
  static const std::regex kIndianPrefix{R"(^(?:Adv\.|Er\.)\s+(?=\S+\s+\S))"};
  parts[0] = std::regex_replace(parts[0], kIndianPrefix, "");
  // "MK Megan Kowalczyk", "IV   Ignacio Andrés Valdivia Rojas": a monogram badge before the name it abbreviates.
  if (parts.size() >= 2 && abbreviates(parts[0], split_words(parts[1]))) parts.erase(parts.begin());
  parts[0] = drop_monogram(parts[0]);
  // "Jane Smith, 29 years", "Jane Smith, CPA", "…, MSN, APRN, FNP-BC": an age or credentials after the name;
  // "Camille Ouellet-Gagnon, ing.": Québec's engineer; "Danielle Kowalchuk, C.E.T.": dotted initials.
  static const std::regex kSuffix{
      R"(^(.+?),\s*(?:\d{1,2}\s*(?:years?(?: old)?|ans|jahre|años|anos|anni|jaar)|(?:[A-Z][A-Za-z]{0,4}[A-Z](?:-[A-Z]{1,4})?(?:\s?\([A-Z][A-Za-z.]{0,4}\))?|Ph\.?\s?D\.?|[Ii]ng\.|(?:[A-Z]\.){2,4}|[A-Z][a-z]?\.\s?[A-Z][A-Za-z]{0,3}\.?)(?:,\s*(?:(?:[A-Z]\.){2,4}|[A-Z][A-Za-z]{0,4}[A-Z](?:-[A-Z]{1,4})?(?:\s?\([A-Z][A-Za-z.]{0,4}\))?|Ph\.?\s?D\.?|[A-Z][a-z]?\.\s?[A-Z][A-Za-z]{0,3}\.?))*)$)"};
  std::smatch suffix;
  if (std::regex_match(parts[0], suffix, kSuffix)) {
    // "London, UK" is a place; "Trisa Tay, CA" a chartered accountant.
    if (!names_region(std::string_view(parts[0]).substr(static_cast<size_t>(suffix.length(1)) + 1))) parts[0] = suffix[1];
  }
  parts[0] = strip_post_nominals(parts[0]);
  // "Maxime Tremblay-Okafor.": a designer's full stop after the name, not an initial's ("Jane Q.").
  if (auto& name = parts[0]; name.ends_with('.') && name.size() > 4 && name.find(' ') != std::string::npos) {
    auto last = std::string_view(name).substr(name.rfind(' ') + 1);
    if (last.size() > 4 && last.find('.') == last.size() - 1) name.pop_back();
  }
  // "📦 Kirsty McAllister" (a document tool's page icon), "Danielle M. ✓" (a site's verified badge): no word of the name.
  // "Siphosethu Ndamase ✓ Verified": the badge's word goes with its tick.
  static const std::regex kVerifiedBadge{R"(\s*(?:✓|✔|☑)\s*(?:verified|verificad[oa]|vérifié|verifiziert|verificat[oa]|geverifieerd)\s*$)", std::regex::icase};
  if (parts[0].find("\xE2") != std::string::npos) parts[0] = std::regex_replace(parts[0], kVerifiedBadge, "");
  parts[0] = strip_icons(parts[0]);
  // "Catrin M. Howells1, ∗": a paper-style author's affiliation and footnote marks, set right after the surname.
  static const std::regex kAuthorMarks{R"(^(.+?[a-z\x80-\xbf])(?:\d|∗|\*|†|‡)(?:\s*,\s*(?:\d|∗|\*|†|‡))*\s*,?$)"};
  if (std::smatch marks; std::regex_match(parts[0], marks, kAuthorMarks) && count_words(marks.str(1)) >= 2) parts[0] = marks.str(1);
  while (!parts[0].empty() && !has_letter(parts[0].substr(parts[0].rfind(' ') + 1)) && parts[0].find(' ') != std::string::npos)
    parts[0] = std::string(trim(std::string_view(parts[0]).substr(0, parts[0].rfind(' '))));
  bool spread = parts.size() >= 2 && parts.size() <= 4;
  for (const auto& part : parts)
    spread = spread && count_words(part) == 1 && std::isupper(static_cast<unsigned char>(part[0])) &&
             !has_contact_detail(part) && part.find('@') == std::string::npos;
  return spread ? join(parts, " ") : parts.front();
}

class ContactReader {
 public:
  ContactReader(const Document& document, size_t header_end, std::pair<size_t, size_t> contact_section)
      : document_(document),
        header_end_(std::min(header_end, document.lines.size())),
        contact_begin_(contact_section.first),
        contact_end_(contact_section.second),
        agency_boxes_(agency_box_titles(document)),
        referee_lines_(referee_lines(document)),
        letterhead_lines_(letterhead_lines(document)),
        body_size_(body_font_size(document)) {}

  Contact read() {
    // The address and handles first: they confirm a surname that is also a trade word.
    find_email();
    find_profiles();
    read_handles();
    find_name();
    spell_out_initials();
    name_from_mailbox();
    find_phone();
    find_location();
    return std::move(contact_);
  }

 private:
  /// "Kagiso T. Molefe" (a running head's short form) over a title line "KAGISO TSHEPO MOLEFE" in the first lines: the name
  /// with its middle names written out, as printed there.
  void spell_out_initials() {
    auto short_words = plain_words(contact_.name);
    if (short_words.size() < 3 || contact_.name.find(". ") == std::string::npos) return;
    for (size_t i = 0; i < header_limit() && i < document_.lines.size(); ++i) {
      const Line& line = document_.lines[i];
      if (line.zone != Zone::Body) continue;
      auto text = std::string(trim(line.text));
      auto words = plain_words(text);
      if (words.size() != short_words.size() || !name_shaped(text) || words.front() != short_words.front() || words.back() != short_words.back())
        continue;
      bool initials_match = true;
      for (size_t k = 1; k + 1 < words.size(); ++k) initials_match = initials_match && words[k].front() == short_words[k].front();
      if (!initials_match) continue;
      contact_.name = text;
      return;
    }
  }

  /// A resume pasted into an e-mail: "De: María Quiroga <maria@example.com>", "From: Jane Roe <jane@…>".
  bool find_sender_name() {
    static const std::regex kSender{R"(^(?:from|de|von|da|van)\s*:\s*([^<>@:]+?)\s*<[^<>\s]+@[^<>\s]+>\s*$)", std::regex::icase};
    // Within the first lines, or right below a forwarding note ("---------- Forwarded message ---------"); not a
    // quoted recruiter's message under a reply.
    static const std::regex kForwarded{
        R"(forwarded message|original message|messaggio inoltrato|message transf(?:é|e)r(?:é|e)|weitergeleitete nachricht|mensaje reenviado|mensagem encaminhada|doorgestuurd bericht)",
        std::regex::icase};
    size_t forwarded_at = 0;
    for (size_t i = 0; i < std::min(document_.lines.size(), static_cast<size_t>(40)); ++i) {
      std::smatch sender;
      const auto text = std::string(trim(document_.lines[i].text));
      if (std::regex_search(text, kForwarded)) forwarded_at = i + 1;
      if (i >= 4 && (forwarded_at == 0 || i > forwarded_at + 2)) continue;
      // Only the applicant's own name, printed again below (a forwarder's or recruiter's is not).
      if (!std::regex_match(text, sender, kSender) || !name_shaped(sender[1].str()) || !printed_below(sender[1].str(), i)) continue;
      contact_.name = sender[1];
      contact_.name_location = document_.lines[i].location;
      return true;
    }
    return false;
  }

  bool printed_below(const std::string& name, size_t line) const {
    auto folded = fold_case(name);
    for (size_t k = line + 1; k < document_.lines.size(); ++k)
      if (fold_case(document_.lines[k].text).find(folded) != std::string::npos) return true;
    return false;
  }

  /// A job-title word that the e-mail address or a profile handle repeats is a surname
  /// ("Markus Zimmermann" <m.zimmermann@…>, "Sam Cook" <sam.cook@…>).
  bool reads_as_title(const std::string& candidate) const {
    if (title_score(candidate) == 0) return false;
    for (const auto& word : plain_words(candidate))
      if (title_score(word) > 0 && (word.size() < 4 || !spelt_by_handles(word))) return true;
    return false;
  }

  /// The e-mail's local part and the profile URLs, folded, once they are read.
  void read_handles() {
    std::string handles = contact_.email.substr(0, contact_.email.find('@'));
    // The path only: a profile on "behance.net" spells no "Behance" wordmark over the name.
    for (const auto& profile : contact_.profiles) {
      auto rest = strip_scheme(profile.url);
      if (auto path = rest.find('/'); path != std::string::npos) handles += ' ' + rest.substr(path);
    }
    handles_ = fold_case(to_ascii(handles));
  }

  /// Whether the e-mail's local part or a profile's handle spells `word`, letters as an address writes them
  /// ("Sønderby" as "sonderby", "Anne-Sophie" as "annesophie").
  bool spelt_by_handles(const std::string& word) const {
    auto spelt = [&](std::string form) {
      form = fold_case(to_ascii(form));
      std::erase_if(form, [](char c) { return c == '-' || c == '\''; });
      return form.size() >= 3 && handles_.find(form) != std::string::npos;
    };
    // German addresses write umlauts out ("Oberländer" as "oberlaender").
    auto written_out = umlauts_written_out(fold_case(word));
    return spelt(word) || (written_out != fold_case(word) && spelt(written_out));
  }

  /// "oberländer" -> "oberlaender", "weiß" -> "weiss": a folded word as a German address writes it.
  static std::string umlauts_written_out(std::string word) {
    static const std::pair<std::string_view, std::string_view> kUmlauts[] = {{"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"ß", "ss"}};
    for (const auto& [letter, written] : kUmlauts)
      for (auto at = word.find(letter); at != std::string::npos; at = word.find(letter, at + written.size()))
        word.replace(at, letter.size(), written);
    return word;
  }

  /// Above the first section or in the contact one: not a referee's, a dependant's or an emergency contact's details.
  bool in_personal_area(size_t i) const { return i < header_end_ || (i >= contact_begin_ && i < contact_end_); }

  /// Lines above the first section, or the first dozen when it starts late.
  size_t header_limit() const { return std::min(header_end_, static_cast<size_t>(12)); }

  /// How many of the candidate's words the e-mail's local part or a profile's handle spells.
  size_t handle_words(const std::string& candidate) const {
    auto words = plain_words(candidate);
    // "Lena-Marie" in "lena.schroeder08@…": a double given name whose first part the mailbox spells.
    auto spelt = [&](const std::string& word) {
      auto hyphen = word.find('-');
      return spelt_by_handles(word) || (hyphen != std::string::npos && hyphen >= 3 && spelt_by_handles(word.substr(0, hyphen)));
    };
    return static_cast<size_t>(std::count_if(words.begin(), words.end(), spelt));
  }

  /// Near the candidate (the header's next lines) or far below it (a job site's report over the résumé it scanned).
  enum class Reach { Near, Far };
  static constexpr size_t kNearLines = 6, kFarLines = 80;

  /// A name of two words or more, each spelt by the e-mail or a profile, on one of the lines from `from` on (before
  /// `limit`); far below, only a line every word of which is spelt, and not past the referees.
  std::optional<std::pair<std::string, size_t>> spelt_name_below(size_t from, size_t limit, Reach reach) const {
    size_t lines = reach == Reach::Near ? kNearLines : kFarLines;
    for (size_t k = from; k < limit && k < from + lines; ++k) {
      if (reach == Reach::Far && canonical_section(document_.lines[k].text).canonical == "references") break;
      if (auto name = spelt_name_on_line(k, reach)) return std::pair{*name, k};
    }
    return std::nullopt;
  }

  /// The name line `k` holds, or a part of it ("whitaker - Dale R. Whitaker, embedded firmware engineer"), spelt by the
  /// e-mail or a profile; a typeset name's third word set below it in its type joins it ("Thaís Okamoto" / "Ribeiro").
  std::optional<std::string> spelt_name_on_line(size_t k, Reach reach) const {
    auto text = join_letter_spacing(layout_text(document_.lines[k]));
    auto candidates = split_parts(text);
    candidates.insert(candidates.begin(), name_candidate(text));
    for (auto candidate : candidates) {
      candidate = std::string(trim(std::string_view(candidate).substr(0, candidate.find(", "))));
      auto words = plain_words(candidate);
      size_t initials = static_cast<size_t>(std::count_if(words.begin(), words.end(), [](const std::string& w) { return w.size() < 3; }));
      size_t spelt = handle_words(candidate);
      if (words.size() < 2 || !name_shaped(candidate) || reads_as_title(candidate) || spelt < 2 ||
          (reach == Reach::Far && (spelt + initials < words.size() || words.size() > 4)))
        continue;
      // Only in type: plain text gives a title below ("Clémence Le Goff" / "Illustratrice") the name's size too.
      bool typeset = size_of(document_.lines[k]) > 0;
      if (auto rest = typeset && candidate == trim(text) ? second_name_line(k) : std::nullopt;
          rest && count_words(rest->second) == 1 && !is_location(rest->second))
        candidate += " " + rest->second;
      return candidate;
    }
    return std::nullopt;
  }

  /// "Olá 👋, eu sou o Rui Carvalho Pinto", "Hi, I'm Jane Doe": a profile README introduces its writer by name.
  bool find_introduced_name() {
    const std::regex& kIntro = self_introduction();
    for (size_t i = 0; i < std::min(document_.lines.size(), static_cast<size_t>(3)); ++i) {
      const auto text = std::string(trim(document_.lines[i].text));
      std::smatch intro;
      if (!std::regex_search(text, intro, kIntro)) continue;
      // "Hola, soy Rocío Jiménez Barroso 👋": the waving hand after the name goes.
      auto name = strip_icons(std::string(trim(std::string_view(text).substr(static_cast<size_t>(intro.position(0) + intro.length(0))))));
      while (!name.empty() && (name.back() == '!' || name.back() == '.' || name.back() == ' ')) name.pop_back();
      auto words = split_words(name);
      bool capitalised = std::all_of(words.begin(), words.end(), [](const std::string& w) { return !starts_lower(w); });
      // Only a name the e-mail or a profile spells: not "Hi, I'm Always Learning" under the name.
      if (words.size() < 2 || words.size() > 4 || !capitalised || !name_shaped(name) || title_score(name) > 0 || handle_words(name) == 0)
        continue;
      set_name(name, document_.lines[i].location);
      return true;
    }
    return false;
  }

  /// A blog's title "Profª Ana Cláudia" over "ANA CLÁUDIA TENÓRIO VASCONCELOS": the same name in full a few lines down.
  std::optional<std::pair<std::string, size_t>> fuller_name_below(const std::string& name, size_t at) const {
    auto key = [](const std::string& text) { return strip_accents(fold_case(text)); };
    auto short_form = key(name) + " ";
    for (size_t k = at + 1; k < header_limit() && k <= at + 8; ++k) {
      auto candidate = name_candidate(join_letter_spacing(layout_text(document_.lines[k])));
      // The mailbox spells more of it ("anaclaudia.tenorio@…"): not "Sarah Connor Photography", her studio's name.
      if (count_words(candidate) > count_words(name) && count_words(candidate) <= 5 && name_shaped(candidate) &&
          key(candidate).starts_with(short_form) && title_score(candidate) + organisation_score(candidate) == 0 &&
          handle_words(candidate) > handle_words(name))
        return std::pair{candidate, k};
    }
    return std::nullopt;
  }

  void find_name() {
    if (find_introduced_name() || find_sender_name() || find_surname_first_name() || find_split_name() || find_labelled_name() || find_name_beside_contact_label())
      return;
    std::optional<size_t> tagline;
    // A label and its value in small type ("Woonplaats  Utrecht") above a name set far larger.
    auto largest = largest_name_line();
    double name_size = largest ? size_of(document_.lines[*largest]) : 0;
    for (size_t i = 0; i < header_limit(); ++i) {
      const Line& line = document_.lines[i];
      auto candidate = name_candidate(join_letter_spacing(layout_text(line)));
      if (!name_shaped(candidate) || find_date(candidate) || size_of(line) * 1.5 < name_size || wordmark_at(i)) continue;
      // "Personalizza   Accetta", a cookie banner's buttons set smaller than the body's text, over a name set far larger.
      if (size_of(line) > 0 && size_of(line) < 0.85 * body_size_ && larger_name_below(i, 2 * size_of(line))) continue;
      // A name broken over two lines ("Chanchal" / "Sharma").
      if ((count_words(candidate) == 1 || ends_in_initial(candidate)) && i + 1 < header_limit()) {
        auto next = name_candidate(join_letter_spacing(layout_text(document_.lines[i + 1])));
        auto same_size = second_name_line(i);  // "Lucía" / "Márquez Soler": two surnames in the name's size
        // Not "Michael J." over "Berlin": a town below is where the person lives.
        // Not "SOLÈNE" over a site's small menu ("ACCUEIL   PROJETS") that sits between the name's two lines.
        bool next_as_large = size_of(document_.lines[i + 1]) >= size_of(line) * 0.75;
        // A town's name may be the surname ("GIULIA" / "FERRARA"): so when the e-mail spells it, or both lines are set
        // alike in capitals.
        bool surname = spelt_by_handles(next) || (is_upper_case_text(candidate) && is_upper_case_text(next));
        if (count_words(next) == 1 && name_shaped(next) && !reads_as_title(next) && (city_country(next).empty() || surname) &&
            next_as_large) {
          candidate += " " + next;
          candidate += third_name_word(i);
        } else if (!next_as_large && same_size && same_size->first <= i + 2 && count_words(same_size->second) == 1 &&
                   name_shaped(same_size->second) && !reads_as_title(same_size->second) && !is_location(same_size->second)) {
          candidate += " " + same_size->second;  // "SOLÈNE" / small menu / "BARRAULT"
        }
        // Only in a typeset name, the page's largest line: plain text gives every line one size ("Tom" / "Growth Hacker").
        // moderncv: "Katharina" / "Moosbrugger" with the small address lines of the right column between them.
        // Not "otta", a portal's wordmark in lower case, over the candidate's name set in capitals ("lotte" over "van der
        // berg" is a name set in lower case).
        else if (same_size && largest == i && size_of(line) > 0 && (same_size->first > i + 1 || count_words(next) >= 2) &&
                 !is_location(same_size->second) && (!is_lower_case_wordmark(candidate) || starts_lower(same_size->second))) {
          candidate += " " + same_size->second;
          // moderncv's classic header stacks a long name over three lines beside the address column.
          if (auto third = second_name_line(same_size->first); third && count_words(candidate) + count_words(third->second) <= 4 &&
                                                               !is_location(third->second))
            candidate += " " + third->second;
        }
      } else if (largest == i) {
        if (auto rest = second_name_line(i)) candidate += " " + rest->second;
      }
      if (auto person = person_below_firm(candidate, i)) {
        set_name(person->first, document_.lines[person->second].location);
        return;
      }
      // A job title above the name ("Senior Engineer" / "Jane Smith") is a tagline.
      if (reads_as_title(candidate) && !tagline) {
        tagline = i;
        continue;
      }
      // "WELCOME" / "TO THE JUNGLE" (a site's logo) over "Clémence Le Goff": a word the e-mail or profiles do not spell,
      // above a name they do.
      if (handle_words(candidate) == 0 || is_lower_case_wordmark(candidate)) {
        // Far below only for a word alone ("jobscan", "Behance"): a full name the mailbox does not spell is still a name.
        // Or in larger type: "Government Gouvernement" (a portal's logo) over a breadcrumb and "Darnell Whitehawk".
        if (auto spelt = spelt_name_below(i + 1, header_limit(), Reach::Near);
            // Or a sentence's words in lower case ("Litigation advocate with", a sidebar's profile read first).
            spelt || ((count_words(candidate) == 1 || (count_words(candidate) >= 3 && has_lower_word(candidate))) &&
                      (spelt = spelt_name_below(i + 1, document_.lines.size(), Reach::Far))) ||
            ((spelt = spelt_name_below(i + 1, std::max(header_end_, header_limit()), Reach::Far)) &&
             size_of(document_.lines[spelt->second]) > size_of(line) * 1.3)) {
          set_name(spelt->first, document_.lines[spelt->second].location);
          return;
        }
        // A portal's wordmark over a sidebar read first ("Expresso Emprego"): the page's largest line, the name the
        // mailbox spells, wins.
        // A person's, not a firm's, at the top of the page ("Harbour Recruitment" in an agency's footer is neither).
        if (auto name = largest && *largest != i && in_top_third(document_.lines[*largest])
                            ? name_candidate(join_letter_spacing(layout_text(document_.lines[*largest])))
                            : "";
            // "ALTÉRYS" over a larger "Sébastien G.": a lone word set smaller than a full name is the firm's wordmark.
            // "crème de la crème." over a larger "Hélène V.": a wordmark in lower case words, however many.
            (handle_words(name) >= 2 || ((count_words(candidate) == 1 || has_lower_word(candidate)) && count_words(name) >= 2 &&
                                         size_of(document_.lines[*largest]) > size_of(line) * 1.15)) &&
            name_shaped(name) && organisation_score(name) + institution_score(name) + title_score(name) == 0) {
          set_name(name, document_.lines[*largest].location);
          return;
        }
        // "INÊS CARVALHAL   PROJETOS   …" in a site's small menu over a hero line set large: the name the mailbox
        // spells whole, above.
        for (size_t k = 0; k < i && handle_words(candidate) == 0; ++k)
          if (auto spelt = spelt_name_on_line(k, Reach::Far)) {
            set_name(*spelt, document_.lines[k].location);
            return;
          }
      }
      if (auto fuller = fuller_name_below(candidate, i)) {
        set_name(fuller->first, document_.lines[fuller->second].location);
        return;
      }
      set_name(person_in_brand(candidate, i), line.location);
      return;
    }
    if (tagline && !set_signed_name()) set_name(name_candidate(join_letter_spacing(layout_text(document_.lines[*tagline]))), document_.lines[*tagline].location);
    else if (!tagline) find_name_by_size(largest);
  }

  /// "Atelier Delmas", a firm's name, over "Julien Delmas – ébéniste": the first person named below, when the firm bears
  /// their surname, and where. (Not "Garage Lambert & Fils" over "Kevin Morel", the apprentice, and his master "Didier
  /// Lambert" further down.)
  std::optional<std::pair<std::string, size_t>> person_below_firm(const std::string& candidate, size_t line) const {
    if (organisation_score(candidate) == 0) return std::nullopt;
    auto firm_words = plain_words(candidate);
    for (size_t k = line + 1; k < document_.lines.size() && k <= line + 15; ++k) {
      auto person = name_candidate(layout_text(document_.lines[k]));
      auto words = plain_words(person);
      if (words.size() < 2 || !name_shaped(person) || organisation_score(person) + title_score(person) > 0) continue;
      if (std::find(firm_words.begin(), firm_words.end(), words.back()) == firm_words.end()) return std::nullopt;
      return std::pair{person, k};
    }
    return std::nullopt;
  }

  /// "Physiotherapie Lena Brückl", a practice's site named after her: the person's name alone when a line below opens on
  /// it ("Lena Brückl · Physiotherapeutin B.Sc."); else the candidate as it is.
  std::string person_in_brand(const std::string& candidate, size_t line) const {
    auto words = split_words(candidate);
    // One line's words (not "Lucía" over "Márquez Soler", a name set over two lines).
    if (words.size() < 3 || document_.lines[line].text.find(candidate) == std::string::npos) return candidate;
    auto person = join(std::vector<std::string>(words.begin() + 1, words.end()), " ");
    for (size_t k = line + 1; k < document_.lines.size() && k <= line + 8; ++k)  // under the site's heading too
      if (auto parts = split_parts(document_.lines[k].text); parts.size() >= 2 && parts.front() == person) return person;
    return candidate;
  }

  /// A name drawn as a picture over its tagline ("Friseurmeisterin · Salonleitung"): the signature line under the letter,
  /// spelt whole by the e-mail, is the only name the text holds.
  bool set_signed_name() {
    for (size_t k = document_.lines.size(); k-- > header_limit();)
      if (auto spelt = spelt_name_on_line(k, Reach::Far);
          spelt && *spelt == trim(document_.lines[k].text) && organisation_score(*spelt) == 0) {  // not "Salon Köhler, Kassel"
        set_name(*spelt, document_.lines[k].location);
        return true;
      }
    return false;
  }

  bool only_titles_above(size_t i) const {
    return std::all_of(document_.lines.begin(), document_.lines.begin() + static_cast<std::ptrdiff_t>(i), [](const Line& line) {
      auto text = trim(line.text);
      return text.empty() || is_document_title(text) || fold_case(text) == "europass";
    });
  }

  /// Europass: "PERSONAL INFORMATION   Jane Roe", the name beside the contact section's rail label, or read
  /// as the line under it when the label sits a little higher.
  bool find_name_beside_contact_label() {
    for (size_t i = 0; i < document_.lines.size() && i < header_limit() + 3; ++i) {
      auto text = layout_text(document_.lines[i]);
      size_t gap = text.find("  ");  // the rail's gap: wider than a word space
      // Alone only atop the form: nothing above but its title ("europass", "Curriculum Vitae"), no name already printed.
      bool alone = gap == std::string::npos && i + 1 < document_.lines.size() && only_titles_above(i);
      auto label = std::string(trim(text.substr(0, gap)));
      // "INFORMATIONS   Céline Favre" / "PERSONNELLES": the rail's label wrapped onto the line below.
      if (auto below = i + 1 < document_.lines.size() ? trim(document_.lines[i + 1].text) : std::string_view();
          gap != std::string::npos && count_words(below) == 1 && is_upper_case_text(below) && is_upper_case_text(label))
        if (auto joined = label + " " + std::string(below); canonical_section(joined).canonical == "contact") label = joined;
      if ((gap == std::string::npos && !alone) || canonical_section(label).canonical != "contact") continue;
      // Europass's "Personal information" label, in its languages; a bare "CONTACT" label may head anything.
      if (fold_case(label).find("person") == std::string::npos && fold_case(label).find("pessoa") == std::string::npos) continue;
      auto value = join_letter_spacing(alone ? layout_text(document_.lines[++i]) : text.substr(gap));
      auto candidate = name_candidate(value);
      if (alone && candidate != trim(value)) return false;  // "Dirección   C/ de Ríos Rosas 21": a labelled field, no name
      // "CONTACT      Northwind Traders", "Contact Details   Available upon request": no person.
      if (!name_shaped(candidate) || reads_as_title(candidate) || organisation_score(candidate) > 0 || has_lower_word(candidate))
        return false;
      set_name(candidate, document_.lines[i].location);
      return true;
    }
    return false;
  }

  /// Europass's "Nachname(n) / Vorname(n)   Steiner Magdalena": the form's label says the surname comes first,
  /// so a two-word name is turned round ("Magdalena Steiner"); a longer one cannot be split safely and stays.
  bool find_surname_first_name() {
    // Europass's name label, surname first ("Nachname(n) / Vorname(n)") or given name first ("Nome / Cognome").
    static const std::string kSurname = R"((?:surname|nachname|cognome|nom|apellido|apelido|achterna\S*)(?:\(\w{1,2}\))?)";
    static const std::string kGiven = R"((?:first name|vorname|nome|prénom|nombre|voorna\S*)(?:\(\w{1,2}\))?)";
    static const std::regex kSurnameFirst{"^\\s*" + kSurname + "\\s*/\\s*" + kGiven + R"(\s*(?:(?::|\s{2,}|\t)\s*(\S.*))?:?$)", std::regex::icase};
    static const std::regex kGivenFirst{"^\\s*" + kGiven + "\\s*/\\s*" + kSurname + R"(\s*(?:(?::|\s{2,}|\t)\s*(\S.*))?:?$)", std::regex::icase};
    for (size_t i = 0; i < document_.lines.size() && document_.lines[i].location.page <= 1; ++i) {
      std::smatch match;
      auto text = layout_text(document_.lines[i]);
      bool surname_first = std::regex_match(text, match, kSurnameFirst);
      if (!surname_first && !std::regex_match(text, match, kGivenFirst)) continue;
      // In a Word table the value sits in the next cell, read as the next line.
      size_t at = match[1].matched ? i : i + 1;
      if (at >= document_.lines.size()) return false;
      auto name = name_candidate(join_letter_spacing(match[1].matched ? match.str(1) : layout_text(document_.lines[at])));
      if (!name_shaped(name)) return false;
      if (auto space = name.find(' '); surname_first && count_words(name) == 2) name = name.substr(space + 1) + " " + name.substr(0, space);
      set_name(name, document_.lines[at].location);
      return true;
    }
    return false;
  }

  /// "Name:   Jane Roe", "NAME    Jane Roe" (a form's label column) on the first page: the
  /// form says which line is the name, so it wins over the lines above it.
  /// A form's "Nombre   María del Carmen" / "Apellidos   Ruiz Ortega", "Nom : Dupont" / "Prénom : Marie": the given
  /// name and the surname labelled on lines of their own, near each other, make the name in that order.
  bool find_split_name() {
    const std::string& kGivenLabel = given_name_label_pattern();
    static const std::regex kGiven{R"(^\s*)" + kGivenLabel + R"(\s*(?::\s*|\s{2,}|\t)(\S.*)$)", std::regex::icase};
    // A form's label for the family name, in the seven languages.
    const std::string& kSurnameLabel = surname_label_pattern();
    static const std::regex kSurname{R"(^\s*(?:)" + kSurnameLabel + R"(|naam)\s*(?::\s*|\s{2,}|\t)(\S.*)$)", std::regex::icase};
    // "Cognome" / "FERRARINI" / "Nome" / "Davide": a form's label cell over its value's, read as one row.
    static const std::regex kLabelAlone{R"(^\s*(?:)" + kGivenLabel + "|" + kSurnameLabel + R"(|naam)\s*:?\s*$)", std::regex::icase};
    if (find_name_under_labels()) return true;
    std::optional<std::pair<size_t, std::string>> given, surname;
    // "Apellidos:   Ortega Lozano      Provincia:   Valladolid": a second column of fields ends the value.
    auto value_of = [](const std::smatch& match) {
      static const std::regex kNextField{R"((?:\s{2,}|\t)[^\s:][^:]{0,30}:)"};  // "   Provincia:   Valladolid"
      auto value = match.str(1);
      std::smatch next;
      if (std::regex_search(value, next, kNextField)) value.erase(static_cast<size_t>(next.position(0)));
      return std::string(trim(value));
    };
    // Taleo's "Vorname   Dennis   Nachname   Brockmeyer": both fields side by side on one row.
    static const std::regex kSurnameCell{R"((?:\s{2,}|\t))" + kSurnameLabel + R"((?:\s{2,}|\t|\s*:\s*)(\S.*)$)", std::regex::icase};
    for (size_t i = 0; i < document_.lines.size() && i < header_limit() + 12 && document_.lines[i].location.page <= 1; ++i) {
      // A referee's "Voornaam" / "Naam" further down is not the person.
      if (!in_personal_area(i)) continue;
      auto text = layout_text(document_.lines[i]);
      if (i + 1 < document_.lines.size() && std::regex_match(text, kLabelAlone)) {
        auto value = layout_text(document_.lines[i + 1]);
        if (!std::regex_match(value, kLabelAlone) && !is_personal_detail_label(value)) text += "   " + value;
      }
      std::smatch match, beside;
      if (!given && std::regex_match(text, match, kGiven)) {
        given = std::pair{i, value_of(match)};
        if (auto row = given->second; !surname && std::regex_search(row, beside, kSurnameCell)) {
          surname = std::pair{i, std::string(trim(beside.str(1)))};
          given->second = std::string(trim(std::string_view(row).substr(0, static_cast<size_t>(beside.position(0)))));
        }
      }
      else if (!surname && std::regex_match(text, match, kSurname)) surname = std::pair{i, value_of(match)};
    }
    if (!given || !surname || (given->first > surname->first ? given->first - surname->first : surname->first - given->first) > 2)
      return false;
    // "Voornaam: Pieter" / "Naam: Pieter Vermeulen": the whole name in the surname's field.
    auto name = surname->second.starts_with(given->second + " ") ? surname->second : given->second + " " + surname->second;
    if (!name_shaped(name) || count_words(name) > 6) return false;
    set_name(name, document_.lines[std::min(given->first, surname->first)].location);
    return true;
  }

  /// An application form's "First Name   Last Name" row over "Danielle   Reyes-Whitfield", or a Spanish one's
  /// "Primer apellido   Segundo apellido   Nombre" over "Navarro   Sánchez   Lucía": each value under its label, the name
  /// said given name first.
  bool find_name_under_labels() {
    static const std::regex kGivenCell{R"((?:first name|given names?|forename|vorname|prénom|prenom|nombre|nome|voornaam))", std::regex::icase};
    static const std::regex kSurnameCell{
        R"((?:last name|surname|family name|nachname|nom|apellidos?|(?:primer|segundo|1\.?(?:er|º)|2\.?º) apellido|sobrenome|cognome|achternaam))",
        std::regex::icase};
    for (size_t i = 0; i + 1 < document_.lines.size() && i < header_limit() + 40 && document_.lines[i].location.page <= 1; ++i) {
      auto labels = split_cells(layout_text(document_.lines[i]));
      auto given = [&](const std::string& cell) { return std::regex_match(cell, kGivenCell); };
      auto surname = [&](const std::string& cell) { return std::regex_match(cell, kSurnameCell); };
      // A German form's "Name   Vorname   Geburtsdatum": beside the given name's cell "Name" is the surname's, and
      // other personal fields may share the row.
      bool has_given = std::any_of(labels.begin(), labels.end(), given);
      auto surname_cell = [&](const std::string& cell) { return surname(cell) || (has_given && fold_case(cell) == "name"); };
      // Brazil's "Nome   CPF": a lone "Nome" is the whole name's label.
      bool split = has_given && std::any_of(labels.begin(), labels.end(), surname_cell);
      if (auto name = split ? std::nullopt : name_under_full_name_label(i, labels)) {
        set_name(*name, document_.lines[i + 1].location);
        return true;
      }
      auto name_cell = [&](const std::string& cell) { return given(cell) || surname_cell(cell); };
      if (labels.size() < 2 || labels.size() > 4 || !split ||
          !std::all_of(labels.begin(), labels.end(), [&](const std::string& cell) { return name_cell(cell) || is_personal_field_label(cell); }))
        continue;
      auto values = split_cells(layout_text(document_.lines[i + 1]));
      if (values.size() != labels.size()) return false;
      std::string first, rest;
      for (size_t k = 0; k < labels.size(); ++k)
        if (name_cell(labels[k])) (given(labels[k]) ? first : rest) += " " + values[k];
      auto name = std::string(trim(first)) + " " + std::string(trim(rest));
      if (!name_shaped(name) || count_words(name) > 6) return false;
      // The person's own, not a referee's, an emergency contact's or a child's: where a mailbox or profile says whose,
      // it spells the given name or two words; else the grid stands above the first section or in the contact one.
      bool personal = in_personal_area(i);
      if (handles_.empty() ? !personal : handle_words(std::string(trim(first))) == 0 && handle_words(name) < 2) continue;
      set_name(name, document_.lines[i + 1].location);
      return true;
    }
    return false;
  }

  /// "Geburtsdatum", "CPF", "Codice fiscale": a form's label for a personal field other than the name.
  static bool is_personal_field_label(const std::string& cell) {
    static const std::regex kIdentity{R"((?:cpf|rg|dni|nie|nif|bsn|pesel|ssn|cpr|cnic|pan|aadhaar|steuer-id|codice fiscale|tax code))", std::regex::icase};
    return is_personal_detail_label(cell) || is_contact_label(cell) || std::regex_match(cell, kIdentity);
  }

  /// A public job portal's grid: "Nome   CPF" over "LARISSA BRITO CONCEIÇÃO   ***.482.315-**", the full name's label
  /// among other personal labels, its value in the cell below.
  std::optional<std::string> name_under_full_name_label(size_t i, const std::vector<std::string>& labels) const {
    static const std::regex kFullName{kNameLabel, std::regex::icase};
    auto at = std::find_if(labels.begin(), labels.end(), [](const std::string& cell) { return std::regex_match(cell, kFullName); });
    bool others_labels = std::all_of(labels.begin(), labels.end(), [&](const std::string& cell) {
      return std::regex_match(cell, kFullName) || is_personal_field_label(cell);
    });
    // Not a referees' or dependants' grid further down.
    bool personal = in_personal_area(i);
    if (!personal || labels.size() < 2 || at == labels.end() || !others_labels) return std::nullopt;
    auto values = split_cells(layout_text(document_.lines[i + 1]));
    if (values.size() != labels.size()) return std::nullopt;
    auto name = values[static_cast<size_t>(at - labels.begin())];
    if (!name_shaped(name) || count_words(name) > 6) return std::nullopt;
    return name;
  }

  bool find_labelled_name() {
    static const std::regex kLabel{"^\\s*" + kNameLabel + R"(\s*(?::|\s{2,}|\t))", std::regex::icase};
    static const std::regex kBareLabel{"^\\s*" + kNameLabel + R"(\s*:?\s*$)", std::regex::icase};
    for (size_t i = 0; i < document_.lines.size() && document_.lines[i].location.page <= 1; ++i) {
      // A referee's "Name:" further down is not the person.
      if (!in_personal_area(i)) continue;
      auto text = layout_text(document_.lines[i]);
      // A form table: "Name" / ":" / "Nurul Aisyah" in cells of their own.
      if (std::regex_match(text, kBareLabel)) {
        size_t next = i + 1;
        while (next < document_.lines.size() && next <= i + 2 && trim(document_.lines[next].text).find_first_not_of(":") == std::string_view::npos) ++next;
        auto value = next < document_.lines.size() ? name_candidate(layout_text(document_.lines[next])) : "";
        // A man page's "whitaker - Dale R. Whitaker, …": the command, then the name the e-mail spells.
        if (auto spelt = is_lower_case_wordmark(value) ? spelt_name_on_line(next, Reach::Near) : std::nullopt) value = *spelt;
        if (name_shaped(value)) {
          set_name(value, document_.lines[next].location);
          return true;
        }
        continue;
      }
      if (!std::regex_search(text, kLabel)) continue;
      // "Name   First Name   Phone": a grid's row of labels, its values below, no name beside a label.
      static const std::regex kNameCell{given_name_label_pattern() + "|" + surname_label_pattern(), std::regex::icase};
      if (auto cells = split_cells(text); cells.size() >= 2 && std::regex_match(cells[1], kNameCell)) continue;
      auto candidate = name_candidate(join_letter_spacing(text));
      if (!name_shaped(candidate)) continue;
      set_name(candidate, document_.lines[i].location);
      return true;
    }
    return false;
  }

  /// Whether a name-shaped line on the first page below line `i` is set at `size` or larger.
  bool larger_name_below(size_t i, double size) const {
    for (size_t k = i + 1; k < document_.lines.size() && document_.lines[k].location.page <= 1; ++k)
      if (size_of(document_.lines[k]) >= size && name_shaped(name_candidate(layout_text(document_.lines[k])))) return true;
    return false;
  }

  static double size_of(const Line& line) {
    double size = 0;
    for (const auto& run : line.runs) size = std::max(size, run.size);
    return size;
  }

  /// The largest name-shaped line on the first page, when it is larger than every other line
  /// there but a monogram ("VR" in a logo circle).
  std::optional<size_t> largest_name_line() const {
    std::optional<size_t> best;
    // Initials in a badge ("JD"), or OCR's reading of a photo ("Lis"): large, and no name.
    auto monogram = [](const Line& line) { return trim(line.text).size() <= 3; };
    for (size_t i = 0; i < document_.lines.size(); ++i) {
      const Line& line = document_.lines[i];
      if (line.location.page > 1) break;
      if (monogram(line) || (best && size_of(line) <= size_of(document_.lines[*best]))) continue;
      auto candidate = name_candidate(join_letter_spacing(layout_text(line)));
      if (size_of(line) > 0 && name_shaped(candidate) && !find_date(candidate) && !reads_as_title(candidate) && !wordmark_at(i)) best = i;
    }
    if (!best) return std::nullopt;
    auto second = second_name_line(*best);
    auto third = second ? second_name_line(second->first) : std::nullopt;  // "Larissa" / "Figueiredo" / "Nogueira"
    for (size_t i = 0; i < document_.lines.size() && document_.lines[i].location.page <= 1; ++i)
      if (i != *best && !(second && i == second->first) && !(third && i == third->first) &&
          size_of(document_.lines[i]) >= size_of(document_.lines[*best]) && !monogram(document_.lines[i]) && !wordmark_at(i) &&
          !numbered_logo(document_.lines[i].text))
        return std::nullopt;
    return best;
  }

  /// "99 99jobs": a site's logo, every word of it holding a figure; no heading that could outrank the name.
  static bool numbered_logo(const std::string& text) {
    auto words = split_words(text);
    return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& word) {
      return std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    });
  }

  /// The line's first cell when the cells after it are set in small type: "Benjumea" without the small "España"
  /// of the address column printed on its baseline (small capitals inside the name's cell stay).
  static std::string text_in_type(const Line& line, double size) {
    auto cells = cells_of(line);
    if (cells.size() < 2) return layout_text(line);
    for (const auto& run : line.runs)
      if (run.location.box && run.location.box->x0 >= cells[1].x0 && run.size >= size * 0.75) return layout_text(line);
    return cells.front().text;
  }

  /// "dice" over "Derek Oyelaran": a job site's wordmark, one word in lower case over a full name in capitals; a name set
  /// in lower case goes on so ("maria" / "silva").
  /// "glassdoor   Comunidad   Empleos" likewise: the wordmark opens the site's menu bar, a few lines over the name.
  bool wordmark_at(size_t i) const {
    auto text = layout_text(document_.lines[i]);
    if (!is_lower_case_wordmark(name_candidate(text))) return false;
    // Over a full name ("Derek Oyelaran"); not over a surname ("julia" / "KLEIN") or a title ("sofia" / "Software Engineer").
    // Past the next line only from a menu bar, and not past a word alone ("maria" / "silva" / "Porto Alegre, RS").
    bool menu_bar = split_parts(text).size() >= 2;
    size_t reach = menu_bar ? i + 3 : i + 1;
    for (size_t k = i + 1; k < document_.lines.size() && k <= reach; ++k) {
      // "KS" in an avatar's circle over the name: initials, no line of text between.
      if (auto initials = trim(document_.lines[k].text);
          initials.size() <= 3 && std::all_of(initials.begin(), initials.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); })) {
        ++reach;
        continue;
      }
      auto below = name_candidate(join_letter_spacing(layout_text(document_.lines[k])));
      // "Karthikeyan" / "Subramanian": a full name stacked a word a line, under a site's menu bar (not "lucía" /
      // "MÁRQUEZ" / "SOLER", a name in lower case going on).
      if (auto rest = menu_bar && count_words(below) == 1 ? second_name_line(k) : std::nullopt) below += " " + rest->second;
      if (count_words(below) >= 2 && name_shaped(below) && !reads_as_title(below) && !is_lower_case_wordmark(below) &&
          !starts_lower(below) && city_country(below).empty() && !is_location(below))
        return true;
      if (count_words(trim(document_.lines[k].text)) == 1) return false;
    }
    return false;
  }

  /// "VALENTINA" / "RÍOS HERRERA": the rest of a name set over two lines in the same size, with
  /// perhaps small contact lines between them beside it (moderncv's first and last name).
  std::optional<std::pair<size_t, std::string>> second_name_line(size_t first) const {
    double size = size_of(document_.lines[first]);
    size_t next = first + 1;
    while (next < document_.lines.size() && next <= first + 3 && size > 0 && size_of(document_.lines[next]) < size * 0.75) ++next;
    if (next >= document_.lines.size() || next > first + 3) return std::nullopt;
    auto name = name_candidate(join_letter_spacing(layout_text(document_.lines[first])));
    auto rest = name_candidate(join_letter_spacing(text_in_type(document_.lines[next], size)));
    // Not "April 2025", a title block's date under the author.
    bool continues = std::abs(size_of(document_.lines[next]) - size) < 0.5 && name_shaped(rest) &&
                     count_words(name) + count_words(rest) <= 4 && !reads_as_title(rest) &&
                     !(find_date(document_.lines[next].text) && !digits_of(document_.lines[next].text).empty());  // "MAY" stays
    if (!continues) return std::nullopt;
    return std::make_pair(next, rest);
  }

  /// "Rafael" / "Cardoso" / "Drummond" stacked in a sidebar: a third one-word line in the name's type
  /// (plain text gives every line one size, so only a typeset name goes on).
  std::string third_name_word(size_t first) const {
    if (first + 2 >= header_limit()) return "";
    const Line& top = document_.lines[first];
    const Line& third = document_.lines[first + 2];
    auto word = name_candidate(join_letter_spacing(layout_text(third)));
    bool in_name_type = size_of(top) > 0 && same_type(top, document_.lines[first + 1]) && same_look(top, third);
    // A third word is a surname only when the address or a profile spells it (not "Jonas" / "Becker" / "Tischler").
    bool spelt = spelt_by_handles(word);
    // Or a Spanish patronymic, the second of two surnames ("Adriana" / "Villaseñor" / "Gómez", "Rodríguez"), accented
    // or long (not the town "Jerez").
    static const std::regex kPatronymic{R"(^[A-ZÁÉÍÓÚ]\S+(?:ez|éz)$)"};
    static const std::regex kAccent{R"(á|é|í|ó|ú)"};
    spelt = spelt || (std::regex_match(word, kPatronymic) && (std::regex_search(word, kAccent) || word.size() >= 7));
    if (!in_name_type || !spelt || count_words(word) != 1 || !name_shaped(word) || reads_as_title(word) || !city_country(word).empty())
      return "";
    return " " + word;
  }

  /// "CA Rahul Subramanian" on a chartered accountant's CV: the institute's prefix, when the header names the
  /// profession ("CA Nguyen Van An" with no such word keeps its surname).
  std::string drop_membership_prefix(std::string name) const {
    static const std::vector<std::pair<std::string, std::regex>> kPrefixes = {
        {"CA ", std::regex(R"(chartered accountant|\bICAI\b)", std::regex::icase)},
        {"CS ", std::regex(R"(company secretary|\bICSI\b)", std::regex::icase)},
        {"CMA ", std::regex(R"(cost (?:and|&) management accountant|\bICMAI\b)", std::regex::icase)}};
    for (const auto& [prefix, profession] : kPrefixes) {
      if (!name.starts_with(prefix) || count_words(name) < 3) continue;
      for (size_t i = 0; i < header_limit(); ++i)
        if (std::regex_search(document_.lines[i].text, profession)) return name.substr(prefix.size());
    }
    return name;
  }

  /// No name above the first heading (a sidebar read first): the largest name-shaped line.
  void find_name_by_size(std::optional<size_t> best) {
    auto name = best ? name_candidate(join_letter_spacing(layout_text(document_.lines[*best]))) : std::string();
    // "whitaker" in a man page's NAME section: a word the e-mail spells, before the whole name it spells.
    if (count_words(name) <= 1 && (handle_words(name) == 0 || is_lower_case_wordmark(name)))
      if (auto spelt = spelt_name_below(0, document_.lines.size(), Reach::Far)) {
        set_name(spelt->first, document_.lines[spelt->second].location);
        return;
      }
    if (!best) return;
    // A site's small brand ("INÊS CARVALHAL   PROJETOS   SOBRE") over a hero tagline set larger.
    if (auto spelt = handle_words(name) == 0 ? spelt_name_below(*best > kNearLines ? *best - kNearLines : 0, *best, Reach::Near) : std::nullopt) {
      set_name(spelt->first, document_.lines[spelt->second].location);
      return;
    }
    if (auto rest = second_name_line(*best)) name += " " + rest->second;
    set_name(name, document_.lines[*best].location);
  }

  /// "ille Verg" (a name set letter by letter along an arc, read in clipped pieces) over "camille.vergnes@": each piece
  /// inside the mailbox's word, the first cut off in lower case.
  bool clipped_from_mailbox(const std::smatch& parts) const {
    auto words = split_words(contact_.name);
    if (words.size() != 2 || !starts_lower(words[0])) return false;
    auto first = fold_case(words[0]), last = fold_case(words[1]);
    return first.size() >= 3 && last.size() >= 3 && parts.str(1).find(first) != std::string::npos && parts.str(1) != first &&
           parts.str(2).find(last) != std::string::npos;
  }

  /// The name drawn in ASCII art (a FIGlet banner): no line spells it, so the tagline under it was taken. The mailbox
  /// "jonas.brandt@…" spells a first name and a surname; written out, they are the better guess.
  void name_from_mailbox() {
    // One word the mailbox does not spell ("Linux-Systemadministrator") was no name; "Kate Cook" under "kc.photography@"
    // is. With no name found the mailbox is no better guess: "christian.larico@" leaves out a second surname.
    static const std::regex kFirstLast{R"(^([a-z]{2,})[._-]([a-z]{2,})@)"};
    std::smatch parts;
    if (contact_.name.empty() || !std::regex_search(contact_.email, parts, kFirstLast)) return;
    if (!clipped_from_mailbox(parts) && (count_words(contact_.name) != 1 || handle_words(contact_.name) > 0)) return;
    auto capitalised = [](std::string word) {
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      return word;
    };
    auto name = capitalised(parts.str(1)) + " " + capitalised(parts.str(2));
    // Not "info.team@", "kontakt.bewerbung@": a shared mailbox's words.
    if (!name_shaped(name) || title_score(name) > 0 || organisation_score(name) > 0 || is_contact_label(parts.str(1))) return;
    contact_.name = name;
    contact_.name_location = {};
  }

  void set_name(std::string name, const Location& location) {
    contact_.name = drop_membership_prefix(std::move(name));
    contact_.name_location = location;
  }


  /// Header lines first, then the rest of the document (contact in a sidebar or footer).
  template <typename Visit>
  bool scan_lines(Visit visit) const {
    // The header, then a "Contact" section (a sidebar's may follow a referee's "Cel. 314 782 0951"), then the rest.
    auto in_contact = [&](size_t i) { return i >= contact_begin_ && i < contact_end_; };
    for (size_t i = 0; i < document_.lines.size(); ++i)
      if (i < header_end_ && visit(document_.lines[i])) return true;
    for (size_t i = header_end_; i < document_.lines.size(); ++i)
      if (in_contact(i) && visit(document_.lines[i])) return true;
    for (size_t i = header_end_; i < document_.lines.size(); ++i)
      if (!in_contact(i) && !referee_lines_[i] && visit(document_.lines[i])) return true;
    // "Referenzen: gerne auf Anfrage unter 0171 …": the person's own, where no other line gives one.
    for (size_t i = header_end_; i < document_.lines.size(); ++i)
      if (!in_contact(i) && referee_lines_[i] && visit(document_.lines[i])) return true;
    return false;
  }

  /// "Réf. : M. Jean-Luc Ferrand, gérant, +33 5 63 48 20 17, jl.ferrand@…" under a job: a referee's details, read
  /// after every other line.
  /// Asked once per document (the contact scans visit every line several times), not per scan.
  static std::vector<bool> referee_lines(const Document& document) {
    static const std::regex kLabel{
        R"(^\s*(?:r(?:é|e)f\.|r(?:é|e)f(?:e|é)rences?|referees?|referenz(?:en)?|referencias?|refer(?:ê|e)ncias?|referenties?|referent[ei])\s*:)",
        std::regex::icase};
    std::vector<bool> referee(document.lines.size());
    for (size_t i = 0; i < document.lines.size(); ++i)
      referee[i] = std::regex_search(document.lines[i].text, kLabel, std::regex_constants::match_continuous);
    return referee;
  }

  /// "bewerbung@…", "jobs@…", "recrutement@…": a mailbox an employer opens for applications, no person's.
  static bool role_mailbox(std::string_view email) {
    static const std::regex kRole{
        R"(^(?:bewerbung(?:en)?|karriere|jobs?|careers?|recruit(?:ing|ment)?|hr|rh|personal|emploi|empleo|candidatures?|recrutement|sollicitaties?|vacatures?|lavor(?:o|a)|selezione|rrhh|vagas|talent)@)",
        std::regex::icase};
    return std::regex_search(email.begin(), email.end(), kRole);
  }

  /// Five words or more with lower-case letters: a sentence around the address, not a contact line's parts.
  static bool in_prose(const std::string& text) {
    auto words = split_words(text);
    return std::count_if(words.begin(), words.end(), [](const std::string& w) {
             return w.find('@') == std::string::npos && has_letter(w) && std::any_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
           }) >= 5;
  }

  /// Another address than `email` printed anywhere in the document, not an applications mailbox.
  bool holds_other_mailbox(const std::string& email) const {
    return std::ranges::any_of(document_.lines, [&](const Line& line) {
      if (line.text.find('@') == std::string::npos) return false;
      auto found = find_emails(line.text);
      return std::ranges::any_of(found, [&](const Match& m) { return m.text != email && !role_mailbox(m.text); });
    });
  }

  /// A mailbox of a free mail service, the kind a person applies from ("j.brinkmann94@gmx.de"), not a firm's.
  static bool personal_mailbox(std::string_view email) {
    static const std::regex kService{
        R"(@(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|web|t-online|freenet|posteo|mail|proton|protonmail|orange|free|laposte|sfr|wanadoo|neuf|libero|virgilio|tiscali|alice|tim|terra|uol|bol|ig|sapo|telefonica|movistar|ziggo|kpnmail|hetnet|planet|home|telenet|skynet|yandex|rediffmail|bigpond|optusnet|xtra|shaw|rogers|sympatico|btinternet|sky|talktalk|virginmedia|eircom)\.)",
        std::regex::icase};
    return std::regex_search(email.begin(), email.end(), kService);
  }

  /// An HR system's applicant record printed by the employer (rexx): its letterhead and its staff give the firm's
  /// addresses ("bewerbung@heitmann-antriebe.de" under "Heitmann Antriebstechnik GmbH"), the applicant's private
  /// mailbox comes later beside its label. The lines holding the firm's addresses, where such a mailbox follows.
  /// Asked once per document.
  static std::vector<bool> letterhead_lines(const Document& document) {
    std::vector<bool> letterhead(document.lines.size());
    // A recruiter's profile that says the candidate is reached only through it ("Candidate contact   Via Wide Bay Talent
    // Co. only"): none of the firm's addresses is the candidate's, wherever printed.
    static const std::regex kWithheld{
        R"((?:candidate|applicant)\s+contact\S*\s*:?\s+(?:via|through|c/o)\b|contact\s+details?\s+(?:withheld|on\s+request|via\b))",
        std::regex::icase};
    // Asked of every line of every document: the regexes only where their words can be.
    bool withheld = std::ranges::any_of(document.lines, [](const Line& line) {
      return (line.text.find("ontact") != std::string::npos || line.text.find("ONTACT") != std::string::npos) &&
             std::regex_search(line.text, kWithheld);
    });
    static const std::regex kLabelled{R"((?:^|\s)(?:e-?mail|mail|courriel|correo(?: electr(?:ó|o)nico)?)\s*:?\s+\S+@)", std::regex::icase};
    size_t personal = 0;
    while (!withheld && personal < document.lines.size() &&
           !(document.lines[personal].text.find('@') != std::string::npos && std::regex_search(document.lines[personal].text, kLabelled) &&
             std::ranges::any_of(find_emails(document.lines[personal].text), [](const Match& m) { return personal_mailbox(m.text); })))
      ++personal;
    if (personal == document.lines.size() && !withheld) return letterhead;
    // A referee's mailbox under "References" is no applicant's.
    for (size_t i = 0; i < personal && !withheld; ++i)
      if (canonical_section(trim(document.lines[i].text)).canonical == "references") return letterhead;
    // The firm heading the page, its first line (a person's own firm named under their name is theirs; a recruiter that
    // withholds the candidate's details names itself in its letterhead): its name's long words, one of which its mail
    // domain spells.
    // A temp agency's branch over its candidate's profile ("accent." / "Accent Zottegem" / "… zottegem@accent.jobs"):
    // its logo's word in the first lines, its domain on a firm's mailbox.
    std::vector<std::string> firm_words;
    // Not under a person's name ("Katrin Vogel" / "Geschäftsführerin · Vogel Gartenbau GmbH": her own firm), nor a line's
    // own address (a person's domain is no firm's name).
    bool opens_with_firm = !document.lines.empty() && (has_legal_form(document.lines[0].text) || count_words(document.lines[0].text) == 1);
    for (size_t i = 0; i < document.lines.size() && i < (withheld || opens_with_firm ? 3u : 0u); ++i) {
      const auto& text = document.lines[i].text;
      if (!withheld && text.find('@') != std::string::npos) continue;
      for (const auto& word : plain_words(text))
        if (word.size() >= 5 && word.find('.') == std::string::npos) firm_words.push_back(word);
    }
    if (withheld) personal = document.lines.size();
    for (size_t i = 0; i < personal; ++i) {
      // "s.kohl@heitmann-" / "antriebe.de": an address broken at the margin; "… · 0438 216 904 ·" / "renee.coulter@…": a
      // consultant's details going on below.
      auto text = std::string(trim(document.lines[i].text));
      if (i + 1 < document.lines.size() && (text.ends_with('-') || text.ends_with('.')))
        text += trim(document.lines[i + 1].text);
      else if (i + 1 < document.lines.size() && text.ends_with("·"))
        text += " " + std::string(trim(document.lines[i + 1].text));
      for (const auto& email : text.find('@') == std::string::npos ? std::vector<Match>{} : find_emails(text)) {
        auto domain = fold_case(email.text.substr(email.text.find('@') + 1));
        letterhead[i] = letterhead[i] || (!personal_mailbox(email.text) && std::ranges::any_of(firm_words, [&](const std::string& word) {
                                            return domain.find(word.substr(0, 5)) != std::string::npos;
                                          }));
      }
    }
    return letterhead;
  }

  bool in_top_third(const Line& line) const {
    const auto& box = line.location.box;
    int page = line.location.page;
    return box && page >= 1 && static_cast<size_t>(page) <= document_.pages.size() &&
           box->y0 < document_.pages[static_cast<size_t>(page) - 1].height / 3;
  }

  /// `below` starts where `line` does, on its page: the next line of a cell or a column.
  static bool starts_under(const Line& below, const Line& line) {
    return below.location.box && line.location.box && below.location.page == line.location.page &&
           std::abs(below.location.box->x0 - line.location.box->x0) < 3;
  }

  /// "lauren.whitfield.pm@gmail.co" / "m", "genevieve.gagnon@exam" / "ple.com" in a narrow column: the address ends
  /// its line and the next line holds only the rest of its domain. The whole address, or "".
  std::string address_across_lines(const Line& line) const {
    static const std::regex kOpenAddress{R"([\w.+-]+@[\w.-]+$)"};
    static const std::regex kDomainRest{R"(^[a-z0-9-]+(?:\.[a-z0-9-]+)*$)"};
    auto index = static_cast<size_t>(&line - document_.lines.data());
    auto text = std::string(trim(line.text));
    std::smatch open;
    if (index + 1 >= document_.lines.size() || !std::regex_search(text, open, kOpenAddress)) return "";
    auto next = std::string(trim(document_.lines[index + 1].text));
    // A form's cell centred on its row: "…@bourgalim-" / "Matricule   00731482   E-mail" / "groupe.fr", the rest
    // under the address's first letter, past the label row between.
    auto cut = open.str(0).back() == '-' || open.str(0).back() == '.';  // broken mid-domain, not "…@example.com"
    if (!std::regex_match(next, kDomainRest) && cut && index + 2 < document_.lines.size() && starts_under(document_.lines[index + 2], line))
      next = std::string(trim(document_.lines[index + 2].text));
    if (!std::regex_match(next, kDomainRest)) return "";
    // Only a domain cut short: "…@gmail.co" + "m" makes ".com", "…@exam" + "ple.com" gains its first dot;
    // "…@gmail.com" + "cv" is a new line.
    auto domain = open.str(0).substr(open.str(0).find('@') + 1);
    auto joined = open.str(0) + next;
    auto top_level = joined.substr(joined.rfind('.') + 1);
    static const std::set<std::string, std::less<>> kTopLevel = {"com", "org", "net", "edu", "gov", "info", "biz"};
    bool gains_dot = domain.find('.') == std::string::npos && next.find('.') != std::string::npos;
    return kTopLevel.count(top_level) || gains_dot ? joined : "";
  }

  void find_email() {
    bool found = scan_lines([&](const Line& line) {
      if (in_agency_contact(line)) return false;
      // "j.wendling@t−online.de": a PostScript font re-encoded so its hyphen prints as a minus sign.
      static const std::regex kMinusInWord{"([A-Za-z0-9])\u2212(?=[A-Za-z0-9])"};
      auto text = line.text.find("\u2212") == std::string::npos ? line.text : std::regex_replace(line.text, kMinusInWord, "$1-");
      auto emails = find_emails(text);
      // "… senden Sie ihn an bewerbung@wzv-hornbachtal.de. Unvollständige …": an employer's applications mailbox in its
      // instructions, where the form holds the applicant's own further down (not "jobs@anna-schmidt.de" on her own line).
      if (!emails.empty() && role_mailbox(emails.front().text) && in_prose(text) && holds_other_mailbox(emails.front().text))
        return false;
      bool first_ends_line = !emails.empty() && emails.front().offset + emails.front().text.size() <= text.size() &&
                             trim(std::string_view(text).substr(emails.front().offset + emails.front().text.size())).empty();
      auto whole = emails.empty() || first_ends_line ? address_across_lines(line) : std::string();
      auto joined = whole.empty() ? std::vector<Match>{} : find_emails(whole);
      if (emails.empty() && joined.empty()) return false;
      contact_.email = joined.empty() ? emails.front().text : joined.front().text;
      contact_.email_location = line.location;
      return true;
    });
    if (found) return;
    for_each_link([&](const std::string& link) {
      if (contact_.email.empty() && starts_with_icase(link, "mailto:")) {
        auto emails = find_emails(link.substr(7));
        if (!emails.empty()) contact_.email = emails.front().text;
      }
    });
    if (contact_.email.empty()) find_email_without_at();
  }

  /// "Correo electrónico:   rsanchezescribano   gmail.com": OCR lost the "@" between the mailbox and its domain;
  /// beside an e-mail label, nothing else is meant.
  void find_email_without_at() {
    // The mailbox in lower case, four characters or more (not "via Malt.fr", "Outlook Exchange.online").
    static const std::regex kLostAt{
        R"(^\s*(?:[Ee]-?[Mm]ail|E-MAIL|[Cc]orreo(?:\s+[Ee]lectr(?:ó|o)nico)?|[Cc]ourriel|[Pp]osta\s+[Ee]lettronica|[Ee]ndere(?:ç|c)o\s+de\s+[Ee]-?mail)\s*:?\s+([a-z0-9._%+-]{4,})\s+((?:[a-z0-9-]+\.)+[a-z]{2,})\s*$)"};
    for (size_t i : contact_lines()) {
      std::smatch parts;
      if (!std::regex_match(document_.lines[i].text, parts, kLostAt)) continue;
      contact_.email = parts.str(1) + "@" + parts.str(2);
      contact_.email_location = document_.lines[i].location;
      return;
    }
  }

  /// "Nantes (44) 06 72 18 45 93": a French department's number in brackets after the town, before a French number
  /// in pairs opening with its trunk "0"; not "(39) 02 8765 4321", Italy's code before a landline.
  static std::string drop_department_code(const std::string& printed) {
    // A department's number: 01–95, or 971–976 overseas; not Morocco's (212) or Algeria's (213).
    static const std::regex kBracketBeforeTrunk{R"(^\s*\((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6])\)\s*(0[1-9](?:[ .]\d{2}){4})\s*$)"};
    std::smatch match;
    return std::regex_match(printed, match, kBracketBeforeTrunk) ? match.str(1) : printed;
  }

  void find_phone() {
    if (find_phone_in(false) || find_phone_in(true)) return;
    // A phone icon or button whose number is only its "tel:" target.
    for_each_link([&](const std::string& link) {
      if (!contact_.phone.empty() || !starts_with_icase(link, "tel:")) return;
      auto number = std::string(trim(link.substr(4)));
      if (auto digits = digits_of(number); digits.size() >= 7 && digits.size() <= 15) contact_.phone = number;
    });
  }

  /// "WhatsApp me on +27 82 614" / "3390.": a short number closing a line of prose, its last group wrapped onto the next
  /// line; " 3390" then, "" for any other number.
  std::string wrapped_group(const std::string& text, const std::string& printed, size_t index) const {
    auto at = text.rfind(printed);
    size_t digits = digits_of(printed).size();
    if (at == std::string::npos || !trim(std::string_view(text).substr(at + printed.size())).empty() || digits >= 10 ||
        index + 1 >= document_.lines.size() || document_.lines[index + 1].location.page != document_.lines[index].location.page)
      return "";
    // The group alone on the line, closing the sentence; not "2019 – heute", the next line's dates, nor "12, rue …".
    static const std::regex kGroup{R"(^\s*(\d{2,4})[.,;)]?\s*$)"};
    static const std::regex kYear{R"(^(?:19|20)\d\d$)"};
    std::smatch group;
    const auto& next = document_.lines[index + 1].text;
    if (!std::regex_search(next, group, kGroup) || std::regex_match(group.str(1), kYear) || digits + group.str(1).size() > 15)
      return "";
    return " " + group.str(1);
  }

  /// "Cédula Profesional 10458732", "permis no 2145873", "Ref. candidato: 48 213 977", "Réf. candidat : CE-4471-20931",
  /// "Ref: HSR-1048823", "ID de CV: 48213377", Interamt's "Bewerbung Nr. 48213907", "ResearcherID: HKN-4417-2023", "Profil-ID 4817-2290", an HR system's "Person ID 4481207", "Matricule 00731482",
  /// a Brazilian professional council's "CREA-SP 5063187420":
  /// a licence, registration, identity or job portal's reference number is no phone.
  /// "DOI: 10.2989/1814232X.2024.2311847": figures inside a publication's DOI are no phone.
  static bool inside_doi(std::string_view text, size_t offset) {
    auto start = text.rfind(' ', offset);
    auto token = text.substr(start == std::string_view::npos ? 0 : start + 1);
    token = token.substr(0, token.find(' '));
    return (token.starts_with("10.") && token.find('/') != std::string_view::npos) || token.find("doi.org/") != std::string_view::npos;
  }

  static bool after_licence_label(std::string_view text, size_t offset) {
    static const std::regex kLabel{
        R"(\b(?:c(?:é|e)dula(?: profesional)?|licen[cs]e|permis|permit|matr(?:í|i)cula|registration|registro|registrierung|iscrizione|colegiad[oa]|reg\.|r(?:é|e|i)f(?:\.|(?:e|é)rence|erencia|erência|erenz|erimento)?(?:\s+(?:del?\s+)?(?:candidato|candidata|candidate|candidat|kandidat|annonce|offre|oferta|offerta|vacature|anzeige))?|kandida(?:at|ten)(?:nummer|nr\.?)|kandidaat\s+(?:nummer|nr\.?)|candidate\s+number|bewerbernummer|(?:candidate|applicant|kandidaten|person|employee)\s+id|matricule|personalnummer|personal-?nr\.?|(?:postulante|candidat[oa]|bewerber|bewerbung|application|candidature|solicitud)(?=\s+(?:n°|nº|no\.|nr\.|número|numero|id\s))|id\s+(?:de\s+)?(?:cv|candidat[oa]|perfil)|(?:cv|profile|profil)[- ]id|researcher\s*id|scopus(?:\s+author)?\s+id|orcid(?:\s+id)?|cod(?:ice|\.)(?:\s+(?:cv|candidat[oa]|fiscale))?|c(?:ó|o)digo(?:\s+(?:do\s+|del\s+|de\s+)?(?:cv|candidat[oa]|hoja de vida|curr(?:í|i)culo|demandante|solicitante|inscri(?:pci(?:ó|o)n|(?:çã|ca)o)))?|(?:teacher\s+)?reference\s+number(?:\s+\([A-Z]{2,5}\))?|trn|rcs(?:\s+[A-Z][a-zé-]+)?|siret|siren|dni|nie|nif|cpf|bsn|ident(?:ity|ification)(?:\s+(?:number|no\.?))?|id\s+(?:number|no\.?)|passport|pasaporte|passaporte|reisepass)(?:\s+(?:no\.?|nr\.?|n(?:°|º)\.?|number|num\.?))?\s*[:#]?\s*(?:[A-Z]{1,4}-){0,2}$)",
        std::regex::icase};
    // Brazil's professional councils, in capitals only ("CRM" and "CRO" are words of a CV too).
    static const std::regex kCouncil{R"(\b(?:CREA|COREN|CRM|CRO|CRF|CRP|CREFITO|OAB)(?:[-/ ][A-Z]{2})?\s*[:#]?\s*(?:n(?:º|°|o\.?)\s*)?$)"};
    auto from = offset > 40 ? offset - 40 : 0;
    auto before = std::string(text.substr(from, offset - from));
    return std::regex_search(before, kLabel) || std::regex_search(before, kCouncil);
  }

  /// An HR system's breadcrumb "Whitfield, Tamara (4481207)", an agency's licence "Prot. N. 13/I/0004217/03.01": a
  /// run of seven digits or fewer alone in brackets or between a code's slashes, no group parted, is a record's
  /// number; a local phone parts its groups, an eight-digit one ("(91234567)") stays.
  static bool enclosed_record_number(std::string_view text, const Match& phone) {
    auto printed = trim(phone.text);
    auto at = text.find(printed, phone.offset);
    bool bare = !printed.empty() && std::all_of(printed.begin(), printed.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!bare || printed.size() >= 8 || at == std::string_view::npos || at == 0 || at + printed.size() >= text.size()) return false;
    char before = text[at - 1], after = text[at + printed.size()];
    // Between slashes only inside a code of letters ("13/I/0004217/"), not "02/1234567/ interno 22".
    bool coded = at >= 2 && std::isalpha(static_cast<unsigned char>(text[at - 2]));
    return (before == '(' && after == ')') || (before == '/' && after == '/' && coded);
  }

  /// "jobvector 4471902" under "Kandidatenprofil · ID": seven digits with no group parted and no trunk zero, after words
  /// that label no phone, are a portal's record number; a number to call parts its groups or opens on "0" or "+".
  static bool bare_record_number(std::string_view text, const Match& phone) {
    auto printed = trim(phone.text);
    bool bare = printed.size() == 7 && printed.front() != '0' &&
                std::all_of(printed.begin(), printed.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    static const std::regex kPhoneWord{R"((?:tel|phone|fone|mobil|mobiel|mob\.|handy|cell|cel\.|gsm|whatsapp|móvil|movil|nummer|number))",
                                       std::regex::icase};
    // Alone on its line ("Phone" above it, Aruba's "5601234" in a header) it may be the number; beside a portal's words
    // ("jobvector 4471902") it is not.
    auto before = text.substr(0, std::min(phone.offset, text.size()));
    // Words in its own cell, since the last separator ("Oranjestad, Aruba | 5601234" holds none).
    size_t cell_start = 0;
    for (std::string_view separator : {"|", "·", "•"})
      if (auto at = before.rfind(separator); at != std::string_view::npos) cell_start = std::max(cell_start, at + separator.size());
    auto cell = before.substr(cell_start);
    bool beside_words = std::any_of(cell.begin(), cell.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    return bare && beside_words && !std::regex_search(before.begin(), before.end(), kPhoneWord);
  }

  /// "23298451-K": a Spanish DNI's check letter closes an identity number, never a phone.
  static bool identity_number(std::string_view text, const Match& phone) {
    auto digits = trim(phone.text);
    while (!digits.empty() && (digits.back() == '-' || digits.back() == ' ')) digits.remove_suffix(1);
    if (digits.size() != 8 || digits_of(digits).size() != 8) return false;  // not "650-555-0134-C", a cell's mark
    auto end = std::min(phone.offset + phone.text.size(), text.size());
    while (end > phone.offset && (text[end - 1] == '-' || text[end - 1] == ' ')) --end;
    static const std::regex kCheckLetter{R"(^-?[A-Z](?![A-Za-z0-9]))"};
    auto after = std::string(text.substr(end));
    return std::regex_search(after, kCheckLetter, std::regex_constants::match_continuous);
  }

  /// "VÉRTICE TALENTOS   (62) 3088-4150 · verticetalentos.com.br": a number beside a web address that is neither the
  /// e-mail's domain nor named after the person is a firm's switchboard (a recruiter's banner) when a labelled number
  /// follows in the header.
  bool beside_other_site(const std::string& text) const {
    static const std::regex kSite{R"((?:^|\s|·|\|)((?:[a-z0-9-]+\.)+(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?)(?:$|\s|·|\||/))"};
    std::smatch site;
    if (contact_.email.empty() || text.find('@') != std::string::npos || !std::regex_search(text, site, kSite)) return false;
    auto domain = fold_case(site.str(1));
    if (domain.find(fold_case(contact_.email.substr(contact_.email.find('@') + 1))) != std::string::npos ||
        std::regex_search(domain, profile_site()))
      return false;
    // "janeroe.io": a personal site spells the name.
    for (const auto& word : plain_words(contact_.name))
      if (word.size() >= 3 && domain.find(fold_case(to_ascii(word))) != std::string::npos) return false;
    return true;
  }

  static const std::regex& profile_site() {
    static const std::regex kProfile{
        R"(\b(?:(?:linkedin|github|gitlab|xing|twitter|behance|dribbble|x|medium|substack|wixsite|wordpress)\.com|github\.io|gitlab\.io|behance\.net|about\.me|notion\.site|carrd\.co)$|\.js$)",
        std::regex::icase};
    return kProfile;
  }

  static bool opens_with_phone_label(std::string_view text) {
    static const std::regex kLabel{
        R"(^\s*(?:telefone|telefon|telephone|téléphone|telefono|teléfono|telefoon|phone|tel\.?|mobile|mobil|mob\.?|handy|cellulare|cellular|cell|cel\.?|celular|móvil|movil|telemóvel|portable|gsm|whatsapp)\b)",
        std::regex::icase};
    return std::regex_search(text.begin(), text.end(), kLabel);
  }

  /// `collapse`: also read words spread with runs of spaces ("(909)    555-5555").
  bool find_phone_in(bool collapse) {
    std::optional<std::pair<std::string, Location>> switchboard;
    std::optional<size_t> email_line;
    for (size_t i = 0; i < document_.lines.size() && !contact_.email.empty() && !email_line; ++i)
      if (document_.lines[i].text.find(contact_.email) != std::string::npos) email_line = i;
    bool found = scan_lines([&](const Line& original) {
      if (in_agency_contact(original)) return false;
      // The candidate's own labelled number stands by their e-mail ("Telefone / WhatsApp" over "E-mail"); a referee's
      // further down does not.
      auto index = static_cast<size_t>(&original - document_.lines.data());
      bool by_email = email_line && (index + 2 >= *email_line && index <= *email_line + 2);
      // En and em dashes inside numbers ("555–0100") read as hyphens.
      Line line = original;
      // Column gaps kept: "Brisbane, QLD 4031  [icon]  0412 583 926" is a postcode, then the number.
      line.text = hyphenate(collapse ? original.text : layout_text(original));
      if (collapse) line.text = collapse_spaces(line.text);
      for (const auto& phone : find_phones(line.text)) {
        // "2019 - 2021" reads as digits; "+52 33 1847 2093" holds a year-like group but is a number.
        if (auto date = find_date(phone.text); date && date->finish - date->begin + 3 >= trim(phone.text).size()) continue;
        // "lebenslauf.pod - 2025-02-17 22:41": a running header's ISO date and time.
        static const std::regex kIsoDate{R"(^\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d))"};
        if (std::regex_search(phone.text, kIsoDate)) continue;
        // "20240611093015": a note's timestamp (a Zettelkasten ID), year, month, day and time run together.
        static const std::regex kTimestamp{R"(^\s*(?:19|20)\d\d[01]\d[0-3]\d[0-2]\d[0-5]\d[0-5]\d\s*$)"};  // with its seconds: 14 digits
        if (std::regex_match(phone.text, kTimestamp)) continue;
        // "… Materials Science and Engineering: A 862" / "(2023) 144482.": a citation's year in brackets, then the
        // article's number; no area code reads as a year.
        static const std::regex kCitedYear{R"(^\s*\((?:19|20)\d\d\)\s*\d)"};
        if (phone.text.find('(') != std::string::npos && std::regex_search(phone.text, kCitedYear)) continue;
        // "Journal of Structural Engineering. 2024 March; 150(3):04024007.", "2020 July; 85:101951.": a citation's year,
        // volume, issue and article number (the National Library of Medicine's style).
        static const std::regex kVolumeIssue{R"((?:19|20)\d\d[^;]{0,12};\s*\d{1,4}(?:\(\d{1,3}\))?:\s?$)"};
        // The window ends where the article's number starts: before the match, or after a colon inside it ("85:101951").
        auto colon = phone.text.find(':');
        auto from = phone.offset > 40 ? phone.offset - 40 : 0, to = phone.offset + (colon == std::string::npos ? 0 : colon + 1);
        if (std::regex_search(line.text.substr(from, to - from), kVolumeIssue)) continue;
        // "j.strusafe.2020.101951": a DOI's suffix wrapped onto a line of its own, one token in lower case, the digits glued
        // to a word by a dot (not "Tel.0612345678", a label typed without its space).
        if (auto token = trim(line.text); phone.offset >= 2 && line.text[phone.offset - 1] == '.' &&
                                          token.find(' ') == std::string_view::npos && starts_lower(token))
          continue;
        if (after_licence_label(line.text, phone.offset) || enclosed_record_number(line.text, phone) || inside_doi(line.text, phone.offset))
          continue;
        if (bare_record_number(line.text, phone) || identity_number(line.text, phone)) continue;
        std::string printed = drop_department_code(extend_phone(line.text, phone.offset, phone.text));
        printed += wrapped_group(line.text, printed, index);
        if (!switchboard && beside_other_site(line.text)) {
          switchboard.emplace(std::string(trim(printed)), line.location);
          return false;
        }
        if (switchboard && (!by_email || !opens_with_phone_label(line.text))) return false;
        contact_.phone = std::string(trim(printed));
        contact_.phone_location = line.location;
        return true;
      }
      return false;
    });
    if (!found && switchboard) std::tie(contact_.phone, contact_.phone_location) = *switchboard;
    return found || switchboard;
  }

  /// "Gent, België" at the right end of the e-mail's row, read into the sidebar's column below the header.
  bool beside_header_detail(const Line& line) const {
    if (!line.location.box) return false;
    double middle = (line.location.box->y0 + line.location.box->y1) / 2;
    for (size_t h = 0; h < header_limit(); ++h) {
      const Line& header = document_.lines[h];
      if (!header.location.box || header.location.page != line.location.page) continue;
      if (holds_own_details(header.text) && middle > header.location.box->y0 && middle < header.location.box->y1) return true;
    }
    return false;
  }

  /// The header, then a "Contact" section wherever it is (sidebars).
  std::vector<size_t> contact_lines() const {
    std::vector<size_t> indices;
    for (size_t i = 0; i < header_limit(); ++i) indices.push_back(i);
    for (size_t i = header_limit(); i < document_.lines.size() && i < contact_end_; ++i)
      if (i >= contact_begin_) indices.push_back(i);
    for (size_t i = header_limit(); i < document_.lines.size() && document_.lines[i].location.page <= 1; ++i)
      if (beside_header_detail(document_.lines[i])) indices.push_back(i);
    // A header read after a sidebar: the first page's line holding the email or phone. amsart prints the address,
    // the e-mail and the URL at the very end, under the last section.
    const size_t closing_lines = document_.lines.size() > 6 ? document_.lines.size() - 6 : 0;
    for (size_t i = header_limit(); i < document_.lines.size(); ++i) {
      const Line& line = document_.lines[i];
      if (line.location.page > 1 && i < closing_lines) continue;
      if (!holds_own_details(line.text)) continue;
      // "Milano, Italia" / "+39 347 …" / "chiara@…": its neighbours in the same column are contact lines too.
      for (size_t k = i > 0 ? i - 1 : i; k <= i + 1 && k < document_.lines.size(); ++k) {
        // "Schwanthalerstraße 112 – 80339 München" above a footer's phone and e-mail: a street line may be longer.
        // moderncv's footer: "Rue Saint-Gilles 212 – 4000 Liège – Belgique", the street opening the line.
        auto parts = split_parts(document_.lines[k].text);
        auto first_part = parts.empty() ? std::string() : parts.front();
        bool beside = k == i || (document_.lines[k].column == line.column &&
                                 (count_words(document_.lines[k].text) <= 4 || is_street(document_.lines[k].text) ||
                                  is_street(first_part)));
        // amsart's "Department of …, Maynooth, Co. Kildare, W23 F2H6," over "Ireland": an address left open on its comma.
        if (beside && k + 1 == i && k > 0 && trim(document_.lines[k - 1].text).ends_with(',') &&
            std::find(indices.begin(), indices.end(), k - 1) == indices.end())
          indices.push_back(k - 1);
        if (beside && std::find(indices.begin(), indices.end(), k) == indices.end()) indices.push_back(k);
      }
    }
    // A name found below the sidebar: the tagline and place printed under it ("Toronto, Ontario, Canada").
    for (size_t i = header_limit(); !contact_.name.empty() && i < document_.lines.size() && document_.lines[i].location.page <= 1; ++i) {
      auto text = trim(document_.lines[i].text);  // "Geneviève Gagnon, PMP": post-nominal letters after it
      if (text != contact_.name && !(text.starts_with(contact_.name + ", ") && count_words(text) <= count_words(contact_.name) + 2)) continue;
      for (size_t k = i + 1; k < document_.lines.size() && k <= i + 3; ++k) {
        if (canonical_section(document_.lines[k].text).exact) break;  // "SOBRE MI" opens the body
        if (std::find(indices.begin(), indices.end(), k) == indices.end()) indices.push_back(k);
      }
      break;
    }
    return indices;
  }

  void find_location() {
    if (find_place()) add_labelled_country();
  }

  /// An application form's "Location (City)*" over "Pietermaritzburg, KwaZulu-Natal, South Africa": the field's label
  /// on its own line, its value below.
  bool find_place_under_label(const std::vector<size_t>& lines) {
    static const std::regex kLabel{"^" + address_label_pattern() + R"((?:\s*\([^)]*\))?\s*\*?\s*:?\s*$)", std::regex::icase};
    for (size_t i : lines) {
      if (i + 1 >= document_.lines.size() || !std::regex_match(std::string(trim(document_.lines[i].text)), kLabel)) continue;
      auto value = std::string(trim(document_.lines[i + 1].text));
      // "C/ Vara de Rey, 41 – 3o B · 26002 Logroño (La Rioja)": the street, then the postcode and town.
      for (const auto& piece : split_parts(value))
        if (auto part = clean_place_part(piece); part && piece != value && std::regex_match(*part, postal_city())) {
          set_location(*part, value);
          return true;
        }
      // "Residenza" over "Via Adua 112" over "42124 Reggio Emilia (RE)": the street's cell, then the postcode's.
      if (i + 2 < document_.lines.size() && is_street(value)) {
        auto town = std::string(trim(document_.lines[i + 2].text));
        if (std::regex_match(town, postal_city())) {
          set_location(town, value + ", " + town);
          return true;
        }
      }
      // Under its label a lone town name is the place ("Woonplaats" over "Veenendaal"; not "Location" over "Flexible"),
      // or a postcode and a town no list knows ("Postcode en woonplaats" over "4331 KE Middelburg").
      if (auto part = clean_place_part(value);
          part && *part == value && (is_place_part(*part, !names_no_place(*part)) || std::regex_match(*part, postal_city()) ||
                                     is_town_slash_state(*part))) {  // "MUNICÍPIO/UF" over "Mossoró/RN"
        set_location(*part, *part);
        return true;
      }
    }
    return false;
  }

  /// "Stand 2214, Block G, Thohoyandou 0950, Limpopo": the comma piece holding a town then a four-figure postcode, as
  /// South African addresses print it, with the province after it; "" if none.
  static std::string town_before_postcode(const std::string& address) {
    static const std::regex kTownPostcode{R"(^([A-Z][^\s\d,]+(?:\s[A-Z][^\s\d,]+)?)\s\d{4}$)"};
    std::vector<std::string> pieces;
    for (size_t from = 0; from <= address.size();) {
      auto comma = std::min(address.find(',', from), address.size());
      pieces.emplace_back(trim(std::string_view(address).substr(from, comma - from)));
      from = comma + 1;
    }
    // Not "Suite 1200", "Plot 1204", "Private Bag 0045": a unit or a box, no town.
    static const std::regex kUnit{R"(^(?:suite|plot|unit|stand|erf|flat|apartment|apt|block|room|floor|building|box|po box|p\.o\. box|private bag|postnet suite)\b.*)",
                                  std::regex::icase};
    for (size_t k = 1; k < pieces.size(); ++k) {
      std::smatch town;
      // Not "QLD 4350", an Australian state before its postcode.
      if (!std::regex_match(pieces[k], town, kTownPostcode) || is_upper_case_text(town.str(1)) || std::regex_match(pieces[k], kUnit) ||
          title_score(pieces[k]) + organisation_score(pieces[k]) > 0)
        continue;
      std::string place = town.str(1);
      if (k + 1 < pieces.size() && !region_country(pieces[k + 1]).empty()) place += ", " + pieces[k + 1];
      return place;
    }
    return "";
  }

  /// "Bairro", "CEP", "Stadtteil": a form's label for the district or the postcode, no place of its own.
  static bool is_district_label(const std::string& cell) {
    static const std::regex kDistrict{R"((?:bairro|barrio|quartier|stadtteil|ortsteil|wijk|frazione|cep|c\.?e\.?p\.?))", std::regex::icase};
    return std::regex_match(cell, kDistrict);
  }

  /// "Provincia", "State", "Bundesland": a form's label for the region.
  static bool is_region_label(const std::string& cell) {
    static const std::regex kRegion{
        R"((?:state|province|provincia|prov[ií]ncia|provincie|provinz|region|regi(?:ó|o)n|r(?:é|e)gion|regione|estado|uf|bundesland|d(?:é|e)partement|county))",
        std::regex::icase};
    return std::regex_match(cell, kRegion);
  }

  /// "PLZ, Wohnort" -> "PLZ", "Wohnort": a form cell's labels, parted at commas and slashes.
  static std::vector<std::string> label_parts(const std::string& cell) {
    std::vector<std::string> parts;
    size_t from = 0;
    for (size_t at = cell.find_first_of(",/"); ; at = cell.find_first_of(",/", from)) {
      parts.emplace_back(trim(std::string_view(cell).substr(from, at == std::string::npos ? std::string::npos : at - from)));
      if (at == std::string::npos) break;
      from = at + 1;
    }
    return parts;
  }

  /// A form's row of labels over its row of values: "Domicilio   Localidad   Provincia   C.P." over "C/ Corredera, 28
  /// Lorca   Murcia   30800": the town's cell, with the region's beside it.
  bool find_place_in_label_row() {
    static const std::regex kTown{
        R"((?:city|town|ort|wohnort|woonplaats|plaats|ville|localit(?:é|e)|localidad|localidade|ciudad|cidade|citt(?:à|a)|comune|municipio|munic(?:í|Í|i)pio(?:\s*/\s*uf)?|poblaci(?:ó|o)n))",
        std::regex::icase};
    for (size_t i : contact_lines()) {
      if (i + 1 >= document_.lines.size()) continue;
      auto labels = split_cells(layout_text(document_.lines[i]));
      // "PLZ, Wohnort", "Straße, Hausnummer": a cell naming two fields, each a label.
      auto town_cell = [](const std::string& cell) {
        return std::regex_match(cell, kTown) || std::ranges::any_of(label_parts(cell), [](const std::string& part) { return std::regex_match(part, kTown); });
      };
      auto town = std::find_if(labels.begin(), labels.end(), town_cell);
      // Labels only: not "Woonplaats   Emmen", a label beside its value, over the next field's row.
      auto one_label = [](const std::string& cell) {
        static const std::regex kOther{"(?:" + address_label_pattern() +
                                           R"((?:\s*\([^)]*\))?|c\.\s*p\.|cp|cap|plz|postcode|post code|postal code|zip(?: code)?|code postal|c(?:ó|o)digo postal|cep|stra(?:ß|ss)e|hausnummer|hausnr\.?))",
                                       std::regex::icase};
        return std::regex_match(cell, kTown) || is_region_label(cell) || is_district_label(cell) || std::regex_match(cell, kOther) ||
               is_contact_label(cell) || is_personal_detail_label(cell);
      };
      auto label = [&](const std::string& cell) {
        auto parts = label_parts(cell);
        return one_label(cell) || (parts.size() > 1 && std::ranges::all_of(parts, one_label));
      };
      // Not "Fecha de nacimiento   Localidad   Provincia": where one was born.
      static const std::regex kBirth{R"(.*(?:nacimiento|naissance|nascita|nascimento|geburt|birth|geboorte).*)", std::regex::icase};
      auto birth = [](const std::string& cell) { return std::regex_match(cell, kBirth); };
      if (labels.size() < 2 || town == labels.end() || !std::all_of(labels.begin(), labels.end(), label) ||
          std::any_of(labels.begin(), labels.end(), birth))
        continue;
      auto values = split_cells(layout_text(document_.lines[i + 1]));
      if (values.size() != labels.size()) continue;
      auto place = clean_place_part(values[static_cast<size_t>(town - labels.begin())]);
      // "PLZ, Wohnort" over "66482 Zweibrücken": the postcode and town a combined label names.
      if (!place || place->empty() || !(is_place_part(*place, true) || std::regex_match(*place, postal_city()))) continue;
      auto region = std::find_if(labels.begin(), labels.end(), [](const std::string& cell) { return is_region_label(cell); });
      if (region != labels.end()) *place += ", " + values[static_cast<size_t>(region - labels.begin())];
      set_location(*place, *place);
      return true;
    }
    return false;
  }

  bool find_place() {
    // "Location: Toowoomba, QLD 4350": a labelled place beats a place-like tagline above it.
    if (find_location_in(false, true, true) || find_place_in_label_row() || find_place_under_label(contact_lines())) {
      add_region_printed_above();
      return true;
    }
    // A place with a comma or an address anywhere beats a bare capitalised word.
    for (bool bare : {false, true})
      if (find_location_in(false, bare) || find_location_in(true, bare)) return true;
    return find_place_under_label(page_one_sidebar_fields());
  }

  /// "Kathu, Northern Cape • 072 418 3390 • …" under the name, then "Residential address   14 Frikkie Meyer Street, Kathu,
  /// 8446": the labelled town, with the region the header printed beside it.
  void add_region_printed_above() {
    if (contact_.location_text.empty() || contact_.location_text.find(',') != std::string::npos) return;
    auto town = contact_.location_text + ", ";
    for (size_t i = 0; i < header_limit() && i < document_.lines.size(); ++i) {
      const auto& text = document_.lines[i].text;
      auto at = text.find(town);
      if (at == std::string::npos || !has_contact_detail(text)) continue;
      auto rest = std::string_view(text).substr(at + town.size());
      size_t end = rest.size();
      for (std::string_view separator : {" • ", " | ", " · ", "\t", "   "}) end = std::min(end, rest.find(separator));
      auto region = std::string(trim(rest.substr(0, end)));
      if (region.empty() || region.find_first_of("0123456789@") != std::string::npos || count_words(region) > 3 || !is_place_name(region, 3))
        return;
      contact_.location_text = town + region;
      if (contact_.region.empty()) contact_.region = region;
      return;
    }
  }

  /// A profile's card far from its header ("LOCALISATION" over "Bourges, France" among a freelancer's rates): the first
  /// page's label lines, when nothing nearer the name gave a place, less those among the wishes for a next job.
  std::vector<size_t> page_one_sidebar_fields() const {
    std::vector<size_t> lines;
    // A card's label in capitals; not a job's "Location:" over the site worked at.
    for (size_t i = 0; i < document_.lines.size() && document_.lines[i].location.page <= 1; ++i)
      if (is_upper_case_text(document_.lines[i].text) && !among_wishes(i)) lines.push_back(i);
    return lines;
  }

  /// A form's "Localidad: Valladolid" with "País: España" on another row: the country goes with the town, as printed.
  void add_labelled_country() {
    if (contact_.location_text.empty() || contact_.location_text.find(',') != std::string::npos) return;
    // Taleo's "Land / Region   Deutschland – Nordrhein-Westfalen": a form's cell beside its label, the country first.
    static const std::regex kCountry{
        R"((?:^|\s{2,}|\t)(?:país|pais|country|land|pays|paese)(?:\s*/\s*(?:region|región|région|regione|regio|estado))?\s*(?::|\s{2,}|\t)\s*(\S.*?)\s*(?:\s{2,}|\t|$))",
        std::regex::icase};
    for (size_t i : contact_lines()) {
      auto text = layout_text(document_.lines[i]);
      std::smatch country;
      if (!std::regex_search(text, country, kCountry)) continue;
      auto parts = split_parts(country.str(1));
      if (parts.empty() || country_code(parts.front()).empty()) continue;
      auto place = contact_.location_text + ", " + parts.front();
      set_location(place, contact_.address);
      return;
    }
  }

  /// The line's parts, also split at " , " (a comma spaced like a separator).
  /// Icon-font glyphs, Wingdings bullets among them, separate contact items like "|".
  static std::vector<std::string> location_parts(std::string text, bool blank_details) {
    text = blank_icon_glyphs(text, false);
    // Emails, phones and links act as separators ("Springfield, IL 62701  (555) 010-0000").
    std::vector<Match> details;
    if (blank_details) details = find_emails(text);
    if (blank_details)
      for (auto found : {find_phones(text), find_web_addresses(text)}) details.insert(details.end(), found.begin(), found.end());
    for (const auto& detail : details)  // blanked to spaces of the same length: offsets stay valid
      if (detail.text.size() >= 3 && detail.offset + detail.text.size() <= text.size())
        text.replace(detail.offset, detail.text.size(), std::string(detail.text.size(), ' '));
    // "Campinas SP, Brazil, Phone: ...": a contact label ends the place.
    static const std::regex kLabel{R"(,?\s*\b(?:phone|tel|telephone|mobile|cell|email|e-mail|teléfono|telefono|telefone|telefon|móvil|movil|handy|cellulare|mobil)\s*:)", std::regex::icase};
    std::smatch label;
    if (std::regex_search(text, label, kLabel)) text = text.substr(0, label.position(0)) + "   " + text.substr(label.position(0) + label.length(0));
    static const std::regex kDoubleSpace{R"(([^\s,])  (?=\S))"};
    text = std::regex_replace(text, kDoubleSpace, "$1   ");  // "Madrid, Spain  luciaferrer.es": two spaces part items
    static const std::regex kDashedPin{R"(([A-Za-z]) - (\d{6})\b)"};
    text = std::regex_replace(text, kDashedPin, "$1 $2");  // "Bengaluru - 560102": India's PIN after a dash parts nothing
    std::vector<std::string> out;
    // "Data engineer who likes reliable pipelines. Seattle, WA": a sentence ends before the place (not "St. Louis"),
    // maybe closed by its own full stop ("… researcher. Fredericton, NB.").
    static const std::regex kSentenceThenPlace{R"(^(.*[a-z]{3}\.)\s+([A-Z][^.]*|[A-Z][^.,]*,[^.]*\S\.)$)"};
    for (auto part : split_parts(text)) {
      if (std::smatch sentence; count_words(part) >= 5 && std::regex_match(part, sentence, kSentenceThenPlace) &&
                                count_words(sentence.str(2)) <= 4) {
        out.push_back(sentence.str(1));
        part = sentence.str(2);
        if (part.ends_with('.')) part.pop_back();
      }
      size_t start = 0;
      while (true) {
        size_t found = part.find(" , ", start);
        out.push_back(std::string(trim(part.substr(start, found == std::string::npos ? std::string::npos : found - start))));
        if (found == std::string::npos) break;
        start = found + 3;
      }
    }
    join_country_to_address(out);
    return out;
  }

  /// "Rue Saint-Gilles 214, 4000 Liège – Belgique": a country set apart after an address closes it.
  static void join_country_to_address(std::vector<std::string>& parts) {
    for (size_t k = 1; k < parts.size(); ++k) {
      const auto& address = parts[k - 1];
      // A street or a postcode and town before it, not "Notice period: 30 days, negotiable".
      bool postcode = is_street(address) || std::regex_match(std::string(trim(last_comma_piece(address))), postal_city());
      if (!postcode || count_words(parts[k]) > 3 || country_code(parts[k]).empty() || !country_code(last_comma_piece(address)).empty() ||
          !city_country(parts[k]).empty())
        continue;
      parts[k - 1] += ", " + parts[k];
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }

  /// A contact part with its list glyph and field label removed; nothing when it holds another detail.
  std::optional<std::string> clean_place_part(std::string part) const {
    // "• Springfield, IL" in a sidebar list: the glyph is not part of the place.
    while (!part.empty() && !std::isalnum(static_cast<unsigned char>(part[0])) && !(part[0] & 0x80)) part.erase(0, 1);
    part = strip_icons(part);  // "• Springfield", "⌖ Chicago, IL", "📍 Lyon", "Bengaluru ⌂"
    if (has_contact_detail(part) || part.find('@') != std::string::npos) return std::nullopt;
    // "JANE ROE, CA": a credential; "Hi, I am Jane Roe": a greeting (not "Villa Carlos Paz, Córdoba" of Carlos Paz).
    if (!contact_.name.empty() && (part.starts_with(contact_.name) || part.ends_with(" " + contact_.name))) return std::nullopt;
    part = strip_address_label(part);
    // Europass tags each address with its kind: "9000 Gent (België) (Thuis)", "Wien (Home)".
    static const std::regex kAddressKind{
        R"(\s*\((?:home|work|thuis|werk|zuhause|privat|arbeit|domicile|travail|casa|domicilio|trabajo|abitazione|lavoro|residência|trabalho)\)$)",
        std::regex::icase};
    // "Rosario, Santa Fe (CP 2000)": the postcode in brackets after the town.
    static const std::regex kBracketedPostcode{R"(\s*\((?:CP|C\.P\.|CEP|PLZ)\s*[\d-]+\)$)"};
    if (part.ends_with(")")) part = std::regex_replace(std::regex_replace(part, kAddressKind, ""), kBracketedPostcode, "");
    if (part.find("\u2010") != std::string::npos) part = hyphenate(part);  // "4050‐174": TeX's hyphen
    // "31062 Toulouse Cedex 9": France's business mail code after the town names no place.
    static const std::regex kCedex{R"(\s+cedex(?:\s+\d{1,2})?$)", std::regex::icase};
    if (part.size() > 6) part = std::regex_replace(part, kCedex, "");
    if (is_contact_label(part)) return std::nullopt;  // "E-Mail (privat)" past its kind
    return part;
  }

  /// "Languages Known : English, Telugu, Hindi": a list of spoken languages (not "Chennai, Tamil Nadu").
  static bool lists_languages(std::string_view part) {
    if (auto colon = part.find(':'); colon != std::string_view::npos) part = part.substr(colon + 1);
    int languages = 0;
    for (size_t start = 0; start <= part.size();) {
      size_t comma = std::min(part.find(',', start), part.size());
      auto item = trim(part.substr(start, comma - start));
      if (!item.empty() && !is_spoken_language(item)) return false;
      languages += item.empty() ? 0 : 1;
      start = comma + 1;
    }
    return languages >= 2;
  }

  /// `bare`: a lone town name counts (only beside other contact details, as printed).
  /// "2218 W Dean Ave", "14 Church Street": a number, then a street closed by its type.
  static bool names_street_type(const std::string& part) {
    static const std::regex kStreetType{
        R"(\b(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Boulevard|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway|Terrace|Crescent|Close)\.?$)"};
    return std::regex_search(part, kStreetType);
  }

  /// "ProZ.com", "behance.net": a site's name as a link label, no town (its ending in lower case: not "St.Gallen").
  static bool names_domain(const std::string& part) {
    static const std::regex kDomain{R"(\w\.[a-z]{2,6}$)"};  // not "St.Gallen"
    return std::regex_search(part, kDomain);
  }

  bool is_place_part(const std::string& part, bool bare) const {
    // "B, BE": a driving licence's classes; no town is one letter. "XRT, flotation)": a piece of a bracketed list.
    if (lists_languages(part) || trim(part.substr(0, part.find(','))).size() <= 1) return false;
    if (std::count(part.begin(), part.end(), '(') != std::count(part.begin(), part.end(), ')')) return false;
    // "11 years in mineral processing plants (DMS, XRT, flotation)": commas only inside brackets list things, they
    // part no address.
    if (auto comma = part.find(','); comma != std::string::npos && part.find(')') != std::string::npos) {
      bool outside = false;
      for (; comma != std::string::npos && !outside; comma = part.find(',', comma + 1)) outside = !inside_brackets(part, comma);
      if (!outside) return false;
    }
    // "88 Broadview Avenue, Unit 1204": a street closed by its flat names no town; the town line follows.
    static const std::regex kUnit{R"(,\s*(?:unit|apt\.?|apartment|suite|ste\.?|flat|#)\s*\d+\w?$)", std::regex::icase};
    if (std::regex_search(part, kUnit)) return false;
    bool bare_city = bare && count_words(part) <= 2 && is_place_name(part) && title_score(part) == 0 &&
                     !part.ends_with('.') && !part.ends_with(':') &&  // "Tel.", "Teléfono:": labels
                     !is_link_label(part) && organisation_score(part) == 0 && institution_score(part) == 0 &&
                     !names_present(part) && canonical_section(part).canonical.empty() && !names_domain(part);
    auto before_postcode = strip_postal_code(part);
    // Not "Berlin 2019", a year; but "Sydney NSW 2010", an Australian state's postcode, however like a year.
    static const std::regex kStatePostcode{R"(\b(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\s+\d{4}$)"};
    bool postal_after_place = (is_location(before_postcode) || town_with_province(before_postcode, true)) &&
                              (!find_date(part) || std::regex_search(part, kStatePostcode));
    // "S. McLean, Talent Acquisition": a person's initial opens a name, no town; "W. Palm Beach, FL" closes on its state,
    // "N. Hollywood, Los Angeles" on a town.
    static const std::regex kInitialled{R"(^[A-Z]\.\s+[A-Z][a-z])"};
    if (std::regex_search(part, kInitialled)) {
      auto tail = std::string(trim(last_comma_piece(part)));
      bool names_place = is_region_code(tail) || !region_country(tail).empty() || !country_code(tail).empty() || !city_country(tail).empty() ||
                         !digits_of(tail).empty();
      if (tail != part && !names_place) return false;
    }
    // "📍 Parma (PR)", "Colomiers (31)": a town with its province or département code.
    return is_location(part) || is_address(part) || bare_city || postal_after_place || ends_in_country(part) || ends_in_region(part) ||
           is_postal_town(part) || town_with_province(part, true) || is_town_slash_state(std::string(last_comma_piece(part))) ||
           town_before_bracketed_postcode(part) ||
           // "4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3": a street closed by a town and its province.
           (part.find(',') != std::string::npos && town_with_province(strip_postal_code(std::string(last_comma_piece(part))), true)) ||
           !city_of_district(last_comma_piece(part)).empty() ||  // "Phibsborough, Dublin 7"
           town_with_area_then_region(part);
  }

  /// "Loire (42)" after "Saint-Étienne": a French département named with its number, no town a list knows.
  static bool names_departement(const std::string& part) {
    static const std::regex kDepartement{R"(^(\S.*\S) \(\d{2,3}\)$)"};
    std::smatch match;
    return std::regex_match(part, match, kDepartement) && city_country(match.str(1)).empty() && is_place_name(match.str(1));
  }

  /// "Saumur (49400)": a town and its five-figure postcode in brackets (not "Phone (Mobile)", "Permanent Resident
  /// (Canada)", whose brackets hold words).
  static bool town_before_bracketed_postcode(const std::string& part) {
    static const std::regex kPostcode{R"(^.+ \(\d{5}\)$)"};
    return part.size() < 60 && std::regex_match(part, kPostcode) && is_town_with_area(part);
  }

  /// "Lecce (LE), Puglia", "Limoges (87000), France": a town with its province's code or its postcode in brackets,
  /// then its region or country.
  static bool town_with_area_then_region(std::string_view part) {
    auto comma = part.find(", ");
    if (comma == std::string_view::npos || !is_town_with_area(part.substr(0, comma))) return false;
    auto rest = trim(part.substr(comma + 2));
    return !region_country(rest).empty() || !country_code(rest).empty();
  }

  /// A label of the country one is a citizen of, or the place one was born, alone or before its value and a colon.
  static bool names_origin_label(std::string_view part) {
    static const std::regex kOrigin{R"(^\s*)" + origin_label_pattern() + R"(\s*(?::.*)?$)", std::regex::icase};
    return std::regex_match(part.begin(), part.end(), kOrigin);
  }

  /// "Remote", "Flexible", "Deutschlandweit", "EMEA": what a location field holds when it names no town.
  static bool names_no_place(std::string_view value) {
    static const std::regex kNoPlace{
        R"(^(?:remote|hybrid|flexible|anywhere|worldwide|nationwide|international|europe|emea|apac|dach|benelux|latam|open to relocation|deutschlandweit|bundesweit|europaweit|weltweit|überall|flexibel|télétravail|toute la france|en remoto|remoto|en remote|a distanza|op afstand|landelijk)\b.*$)",
        std::regex::icase};
    return std::regex_match(value.begin(), value.end(), kNoPlace);
  }

  /// "Rijbewijs   B, BE", "Führerschein: Klasse B": a driving licence's label and its classes, no town (the classes
  /// set apart in a cell of their own open with a letter alone, which `is_place_part` refuses).
  static bool names_licence(std::string_view part) {
    static const std::regex kLicence{
        R"(^\s*(?:rijbewijs|führerschein|fuhrerschein|permis(?: de conduire)?|carn(?:é|e)t? de conducir|carta de condu(?:ç|c)(?:ã|a)o|cnh|patente(?: di guida)?|driving licen[cs]e|driver'?s licen[cs]e)\b.*$|^.*\blicen[cs]e\b(?!\s+(?:street|road|lane|avenue|st\b|rd\b)).*$)",
        std::regex::icase};
    return std::regex_match(part.begin(), part.end(), kLicence);
  }

  /// "Wunschorte", "Preferred location: Remote": the places one would work, no home; `alone`: the label without a
  /// value after it, so the next part is its value ("Wunschorte   Leipzig, Dresden"), not "Preferred location: Remote |
  /// Austin, TX".
  static bool names_wished_places(std::string_view part, bool alone) {
    static const std::regex kWished{
        R"(^\s*(?:wunschorte?|wunscharbeitsorte?|desired locations?|preferred locations?|target locations?|lieux? souhaités?|(?:zone de )?mobilit(?:é|e)(?: g(?:é|e)ographique)?|mobilidade(?: geogr(?:á|a)fica)?|mobilità|mobilität|movilidad(?: geogr(?:á|a)fica)?|ubicaciones? deseadas?|locali(?:tà|zzazioni?) preferit[ae]|voorkeurslocaties?|gewenste werklocaties?)\s*:?\s*(.*)$)",
        std::regex::icase};
    std::match_results<std::string_view::const_iterator> match;
    return std::regex_match(part.begin(), part.end(), match, kWished) && (!alone || trim(match.str(1)).empty());
  }

  /// "46006 Valencia", "#10-75 Singapore 164008": a known city next to a postal code.
  static bool is_postal_town(const std::string& part) {
    static const std::regex kPostalFirst{R"(^(?:.*[\s,])?(?:\d{4,6}(?:-\d{3})?|\d{3} \d{2})(?:\s+[A-Z]{2})?\s+(\D+)$)"};  // "5013 CD Tilburg"
    std::smatch match;
    if (std::regex_match(part, match, kPostalFirst)) {
      auto town = match[1].str();  // "20141 Milano (MI)": the town without its province's code
      if (auto open = town.rfind(" ("); open != std::string::npos && is_area_code(town.substr(open + 1))) town.erase(open);
      if (!city_country(trim(town)).empty()) return true;
      // "48011 Bilbao (Bizkaia)": or with its province named in full.
      if (town_with_province(std::string(trim(town)), true)) return true;
    }
    auto stripped = strip_postal_code(part);
    return stripped != part && !known_city_at_end(stripped).empty();
  }

  /// "PR, CEP 80730-000" -> "PR": a region code opening the part after a town.
  /// "575 004, Karnataka, India" → "Karnataka, India": a postcode opening a part, then the region or country it is in.
  static std::string region_after_postcode(const std::string& part) {
    static const std::regex kCodeThenPlace{R"(^\s*(?:\d{3}\s?\d{3}|\d{5})\s*,\s*([^\d,][^\d]*)$)"};
    std::smatch match;
    if (!std::regex_match(part, match, kCodeThenPlace)) return "";
    auto rest = match.str(1);
    auto first = std::string(trim(rest.substr(0, rest.find(','))));
    bool names_area = !region_country(first).empty() || !country_code(first).empty() || !country_code(trim(last_comma_piece(rest))).empty();
    return names_area ? std::string(trim(rest)) : "";
  }

  static std::string leading_region(const std::string& part) {
    auto text = trim(part);
    auto end = text.find_first_of(", ");
    auto code = std::string(text.substr(0, end));
    return is_region_code(code) || is_brazilian_state(code) ? code : "";
  }

  /// "São Paulo/SP", "Curitiba / PR": a known Brazilian town with its state after a slash (not "Marketing/PR").
  /// `in_address`: the line holds a CEP too ("Rua Blumenau, 1420 – São João – Itajaí/SC – CEP 88305-101"), so a town no
  /// list knows stands before its state's code in capitals.
  static bool is_town_slash_state(const std::string& part, bool in_address = false) {
    auto slash = part.rfind('/');
    if (slash == std::string::npos) return false;
    auto town = trim(std::string_view(part).substr(0, slash));
    auto state = trim(std::string_view(part).substr(slash + 1));
    if (!is_brazilian_state(state)) return false;
    bool capitals = std::all_of(state.begin(), state.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
    // Not "Marketing/PR", a job's two fields beside the address.
    bool unlisted_town = in_address && capitals && digits_of(town).empty() && !town.empty() && count_words(town) <= 4 &&
                         std::isupper(static_cast<unsigned char>(town.front())) && title_score(town) == 0 && organisation_score(town) == 0;
    return city_country(town) == "BR" || unlisted_town;
  }

  /// The next line of the same column holds a postcode ("575 004", "4000", "88305-101") and no other contact detail.
  bool postcode_below(size_t i) const {
    if (i + 1 >= document_.lines.size() || document_.lines[i + 1].column != document_.lines[i].column) return false;
    // Five or six digits ("575 004", "88305-101"): a four-digit group may be a year ("Date of Birth: 15 August 1996").
    static const std::regex kPostcode{R"((?:^|[\s,-]|−|–)(?:\d{3}\s?\d{3}|\d{5}(?:-\d{3})?)(?:$|[\s,]))"};
    const auto& below = document_.lines[i + 1].text;
    return std::regex_search(below, kPostcode) && !find_date(below) && find_phones(below).empty() && below.find('@') == std::string::npos;
  }

  /// "Itajaí/SC": the town, its Brazilian state, and the place as printed.
  void set_town_slash_state(const std::string& town) {
    contact_.city = std::string(trim(town.substr(0, town.rfind('/'))));
    contact_.region = std::string(trim(town.substr(town.rfind('/') + 1)));
    contact_.country_code = "BR";
    contact_.location_text = town;
  }

  /// Where "CEP 88305-101" or a bare "88305-101" (a Brazilian postcode) stands on the line, or npos.
  static size_t cep_at(const std::string& text) {
    static const std::regex kCep{R"((?:\bCEP\b|(?:^|\s)\d{5}-\d{3}(?:$|\s)))"};
    std::smatch cep;
    return std::regex_search(text, cep, kCep) ? static_cast<size_t>(cep.position(0)) : std::string::npos;
  }

  /// Ireland's Eircode, "T12 X2Y8": a routing key and four letters and digits of a set that spells no word.
  static inline const std::string kEircode = R"((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})";

  /// "Memphis, TN 38120" -> "Memphis, TN"; "Cardiff, CF24", "Montréal, QC H2W 2M5", "Douglas, Cork T12 X2Y8" likewise.
  static std::string strip_postal_code(const std::string& part) {
    // "Bengaluru - 560102": India's PIN code after a dash.
    static const std::regex kTrailingPostal{R"((?:[,\s]|\s-\s|\s–\s)+(?:\d{3,6}(?:-\d{3,4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|)" + kEircode + R"(|[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s\d[A-Z]{2})?)$)"};
    return std::regex_replace(part, kTrailingPostal, "");
  }

  /// "Cornubia, Durban, KwaZulu-Natal · Full-time": a job board's posting, printed above the application, names where
  /// the job is and its hours, not where the applicant lives.
  static bool names_posting_place(const std::string& text) {
    static const std::regex kHours{
        R"((?:·|\||–|-)\s*(?:full[- ]time|part[- ]time|vollzeit|teilzeit|temps plein|temps partiel|tiempo completo|media jornada|tempo integral|tempo pieno|voltijd|deeltijd)\s*$)",
        std::regex::icase};
    return text.size() < 120 && std::regex_search(text, kHours);
  }

  /// The candidate's own line: it holds the phone or the e-mail already read ("…, 45200 Amilly · 06 12 … · Réf. offre 4471").
  bool holds_own_details(const std::string& text) const {
    return (!contact_.phone.empty() && text.find(contact_.phone) != std::string::npos) ||
           (!contact_.email.empty() && text.find(contact_.email) != std::string::npos);
  }

  /// "Amilly 45200 · Réf. annonce 2918443071": a recruiter's copy names the posting and the place of the job it is for;
  /// so do "Applied for Customer Operations Lead · Manchester (Hybrid)" and "Job: Warehouse Supervisor – Tzaneen DC".
  static bool names_posting_reference(const std::string& text) {
    static const std::regex kReference{
        R"(\b(?:r(?:é|e)f(?:\.|(?:é|e)rence)?\s*(?:de\s+l(?:'|’))?(?:annonce|offre|oferta|offerta|vacature)|job\s+ref(?:erence)?|vacaturenummer|stellen(?:nummer|-id)|job\s+id|applied\s+(?:for|to|on)|applied\s+\d)\b|\b(?:job|vacancy)\s*:)",
        std::regex::icase};
    return text.size() < 160 && std::regex_search(text, kReference);
  }

  /// "Company: Corio Freight Logistics · Lara, VIC": a job site's report names the hiring company and its place.
  static bool names_employer(const std::string& text) {
    static const std::regex kLabel{
        R"(^\s*(?:company|employer|hiring company|unternehmen|arbeitgeber|empresa|entreprise|employeur|azienda|bedrijf|werkgever)\s*:)",
        std::regex::icase};
    return text.find(':') != std::string::npos && std::regex_search(text, kLabel);
  }

  /// A job board's application form: its header marks required fields with an asterisk ("First Name*", "Email*").
  bool application_form() const {
    int required = 0;
    for (size_t i = 0; i < header_end_ && i < document_.lines.size(); ++i) required += trim(document_.lines[i].text).ends_with('*') ? 1 : 0;
    return required >= 2;
  }

  /// Every word of `text` is a word of the name (`name_words`, read once): "Brockmeyer, Dennis", "FERRARA".
  static bool spells_only_name(std::string_view text, const std::vector<std::string>& name_words) {
    auto words = plain_words(text);
    return !words.empty() && std::all_of(words.begin(), words.end(), [&](const std::string& word) {
      return std::find(name_words.begin(), name_words.end(), word) != name_words.end();
    });
  }

  /// "VOTRE CONTACT ALTÉRYS" / "Aurélie Mathis" / "Business Manager" / "03 83 …" / "a.mathis@…": an agency's box
  /// naming the recruiter to call about an anonymised candidate; its details are the recruiter's.
  static std::vector<size_t> agency_box_titles(const Document& document) {
    static const std::regex kBox{
        R"(^\s*(?:votre contact|your contact|your consultant|ihre? ansprechpartner(?:in)?|ihr kontakt|il vostro referente|vostro referente|su contacto|seu contato|uw contactpersoon)\b)",
        std::regex::icase};
    std::vector<size_t> titles;
    for (size_t i = 0; i < document.lines.size(); ++i)
      if (std::regex_search(document.lines[i].text, kBox)) titles.push_back(i);
    return titles;
  }

  bool in_agency_contact(const Line& line) const {
    auto index = static_cast<size_t>(&line - document_.lines.data());
    if (index >= document_.lines.size()) return false;
    if (letterhead_lines_[index]) return true;
    for (size_t k : agency_boxes_) {
      if (k > index || k + 12 < index) continue;
      const Line& box = document_.lines[k];
      if (box.location.page != line.location.page) continue;
      // In type: the box's column, a few lines below its title; in plain text, the five lines under it.
      if (!box.location.box || !line.location.box) return index <= k + 5;
      const Box& title = *box.location.box;
      const Box& here = *line.location.box;
      return here.x0 >= title.x0 - 5 && here.y0 >= title.y0 - 1 && here.y0 <= title.y1 + 8 * (title.y1 - title.y0);
    }
    return false;
  }

  /// "Localisation : Bordeaux", "Wohnort   Kiel": a line opening on an address label.
  static bool opens_with_address_label(const std::string& text) {
    static const std::regex kLabel{"^\\s*" + address_label_pattern() + R"(\s*(?::|\s{2,}|\t))", std::regex::icase};
    return std::regex_search(text, kLabel);
  }

  /// "Objectif : …" / "Type de contrat : CDI" / "Localisation : Bordeaux" / "Salaire souhaité : …": a place labelled
  /// among the job one wants (a line beside it names a contract, a salary or an objective) is where they would work.
  bool among_wishes(size_t i) const {
    static const std::regex kWish{
        R"(^\s*(?:objecti(?:f|ve|vo)|type de contrat|contrat souhaité|salaire|rémunération|prétentions|poste (?:recherché|souhaité)|desired (?:position|salary)|salary expectations?|contract type|tipo de contrato|pretensión salarial|gewünschte|gehaltsvorstellung)\b)",
        std::regex::icase};
    for (size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < document_.lines.size(); ++k)
      if (k != i && std::regex_search(document_.lines[k].text, kWish)) return true;
    return false;
  }

  /// "03046 Cottbus": the word after the number opens in a capital.
  static bool capitalised_after_number(const std::string& part) {
    auto space = part.find(' ');
    if (space == std::string::npos || space + 1 >= part.size()) return false;
    unsigned char first = static_cast<unsigned char>(part[space + 1]);
    return std::isupper(first) || (first >= 0xC3 && first <= 0xC5 && !starts_lower(std::string_view(part).substr(space + 1)));
  }

  /// A line within two of `i` (above, or below: "4600 Olten SO" over the phone and the e-mail) holds an e-mail address or
  /// a phone number on the same page.
  bool details_near(size_t i) const {
    for (size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < document_.lines.size(); ++k)
      if (k != i && document_.lines[k].location.page == document_.lines[i].location.page && has_contact_detail(document_.lines[k].text))
        return true;
    return false;
  }

  /// Tempo-Team's "GSM +32 478 … E-MAIL e@x.be ADRES 3600 Genk, Limburg": labels in capitals inside one run of text,
  /// each set apart as a column gap would, when two or more of them share the line.
  static std::string part_capital_labels(const std::string& text) {
    auto words = split_words(text);
    auto label = [](const std::string& word) {
      // Short forms `is_contact_label` leaves out: labels there, but words too ("Site", "Web") outside such a line.
      static const std::set<std::string, std::less<>> kMore = {"TEL", "TÉL", "MAIL", "WEB", "SITE", "MOB"};
      return word.size() >= 3 && is_upper_case_text(word) && (is_contact_label(word) || is_address_label(word) || kMore.count(word));
    };
    if (std::count_if(words.begin(), words.end(), label) < 2) return text;
    std::string out;
    for (const auto& word : words) {
      if (label(word)) out += "   " + word + "   ";
      else out += (out.empty() || out.ends_with(' ') ? "" : " ") + word;
    }
    return out;
  }

  /// `collapse`: also read lines whose every word is spread with spaces. `labelled`: only parts an address label opens.
  bool find_location_in(bool collapse, bool allow_bare, bool labelled = false) {
    const auto name_words = plain_words(contact_.name);
    const bool form = application_form();
    auto lines = contact_lines();
    // "Localisation : Nancy (54)" under an agency's letterhead: a labelled place anywhere above the first section.
    for (size_t i = header_limit(); labelled && i < std::min(header_end_, static_cast<size_t>(30)); ++i)
      if (std::find(lines.begin(), lines.end(), i) == lines.end()) lines.push_back(i);
    for (size_t i : lines) {
      const auto text = part_capital_labels(
          with_country_below(i, collapse ? collapse_spaces(layout_text(document_.lines[i])) : layout_text(document_.lines[i])));
      if ((form && names_posting_place(text)) || (names_posting_reference(text) && !holds_own_details(text)) || names_employer(text) ||
          is_greeting(text, plain_words(text)))
        continue;
      // "GIULIA" / "FERRARA", Taleo's "Brockmeyer, Dennis": a line of the name's words, though a town bears them.
      if (spells_only_name(text, name_words)) continue;
      // "buscojobs Uruguay": a job portal's wordmark and the country of its edition.
      if (auto space = trim(text).find(' '); space != std::string_view::npos && is_lower_case_wordmark(trim(text).substr(0, space)) &&
                                             !country_code(trim(trim(text).substr(space))).empty())
        continue;
      if (opens_with_address_label(text) && among_wishes(i)) continue;
      std::string previous;  // the part before: a street printed apart from its town
      // Once per line, not per part: per part it was quadratic on a line of many parts.
      const bool contact_line = has_contact_detail(text);
      // Bare town names only from parts as printed: "Phone:" next to a blanked number is a label.
      auto parts = location_parts(text, !allow_bare);
      // "Flat 3B, Sai Residency, Kadri Hills" over "Mangaluru − 575 004, Karnataka, India": the flat's line opens the
      // address, the town is on the postcode's line below.
      if (!parts.empty() && is_street(std::string(trim(parts.front()))) && digits_of(text).size() < 5 && postcode_below(i)) continue;
      // The town before its postcode, as an address runs ("… – Itajaí/SC – CEP 88305-101"); not "… CEP 01310-100 | Marketing/PR".
      if (auto cep = cep_at(text); cep != std::string::npos)
        for (const auto& part : parts)
          if (auto town = std::string(trim(part)); is_town_slash_state(town, true) && text.find(town) < cep) {
            set_town_slash_state(town);
            return true;
          }
      for (size_t k = 0; k < parts.size(); ++k) {
        auto before = std::exchange(previous, parts[k]);
        // "Staatsbürgerschaft   Österreich", "Nationalité : française", "Wunschorte   Leipzig, Dresden": a citizenship,
        // a birthplace or the places one would work, no home.
        if (names_origin_label(before) || names_origin_label(parts[k]) || names_wished_places(before, true) ||
            names_wished_places(parts[k], false) || names_licence(parts[k]))
          continue;
        // "ADRES" set apart before its value; "Localidad   Provincia", "Município / UF   Bairro   CEP": a row of labels.
        if (is_address_label(std::string(trim(parts[k]))) || is_region_label(std::string(trim(parts[k]))) ||
            is_district_label(std::string(trim(parts[k]))))
          continue;
        // "Address: Stand 2214, Block G, Thohoyandou 0950, Limpopo": South Africa's postcode after its town.
        if (labelled && opens_with_address_label(parts[k]))
          if (auto place = town_before_postcode(parts[k]); !place.empty()) {
            auto colon = parts[k].find(':');
            set_location(place, colon == std::string::npos ? place : std::string(trim(std::string_view(parts[k]).substr(colon + 1))));
            return true;
          }
        auto part = clean_place_part(parts[k]);
        // "Wohnort   49084 Osnabrück", "Cidade / UF   Goiânia – GO": a form's label in the cell before the value.
        // "Dirección:   C/ Río Alberche, 14 - 45600 Talavera de la Reina": or the street between the label and the
        // postcode and town.
        // Not "Local – Donegal", a recruiter's tag: a field's label ends on a colon or a cell's gap, not a dash.
        bool dashed = text.find(std::string(trim(before)) + " – ") != std::string::npos ||
                      text.find(std::string(trim(before)) + " - ") != std::string::npos;
        // "Woonplaats: Hoogeveen": the label and its value in one part.
        bool label_inside = labelled && opens_with_address_label(parts[k]) && !among_wishes(i);
        bool label_before = label_inside || (labelled && k > 0 && !dashed &&
                            (is_address_label(std::string(trim(before))) ||
                             (k > 1 && is_address_label(std::string(trim(parts[k - 2]))) && is_street(std::string(trim(before))) &&
                              part && std::regex_match(*part, postal_city()))));
        if (labelled && !label_before && (!part || *part == strip_icons(parts[k]))) continue;
        // "Lindenstraße 14 · 73033 Göppingen": a postcode and town after the street, though the town is unlisted;
        // "Rua de São Vicente, 118" / "4710-312 Braga": or under it.
        // NHS Jobs' "Address   27 Coulston Road" over "Bowerham" / "Lancaster" / "Lancashire" / "LA1 3AB": a street
        // beside its label, the rest of the address stacked below it down to the postcode.
        // Or a house number and a townland ("14 Irishtown" over "Clonmel" / "Co. Tipperary" / "E91 K7P2").
        static const std::regex kNumbered{R"(^\d{1,4}[A-Za-z]?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?$)"};
        if (label_before && part && k + 1 == parts.size() && (is_street(*part) || std::regex_match(*part, kNumbered)))
          if (auto stacked = address_stacked_below(i); !stacked.empty()) {
            set_location(*part + ", " + stacked, *part + ", " + stacked);  // the street too: it marks a whole address
            return true;
          }
        bool street_before = is_street(before) || (k == 0 && street_above(i));
        bool town_after_street = part && street_before && std::regex_match(*part, postal_city());
        // "Woonplaats   Gouda": a form's value is a town no list knows. Not "BAIRRO" in a row of labels in capitals
        // ("CIDADE   BAIRRO") over their values; an English "Address" holds a street and its number ("2880 Broadway",
        // "2218 W Dean Ave"), no postcode.
        bool street_label = starts_with_icase(trim(before), "address") || starts_with_icase(trim(before), "home address");
        bool labelled_town = part && label_before && !is_upper_case_text(text) &&
                             ((std::regex_match(*part, postal_city()) && !names_street_type(*part) && !street_label) ||
                              is_place_part(*part, !names_no_place(*part)));
        // "03046 Cottbus," under (or over) the e-mail and the phone of a sidebar's contact block: a postcode and a town no
        // list knows.
        // Not "1500 heures de bénévolat": the town in capitals, no date in the line.
        bool town_under_details = part && !labelled && std::regex_match(*part, postal_city()) && !names_street_type(*part) &&
                                  !find_date(*part) && capitalised_after_number(*part) && details_near(i);
        if (!part || (!town_after_street && !labelled_town && !town_under_details && !is_place_part(*part, allow_bare && contact_line)))
          continue;
        std::string place = *part, street;
        // "Tarbes · Hautes-Pyrénées (65)": a town no list knows before its département or region.
        if (auto region_name = place.substr(0, place.find(" (")); k > 0 && !region_country(region_name).empty() && city_country(region_name).empty())
          if (auto town = clean_place_part(before); town && is_place_name(*town, 3) && !is_address_label(*town) && is_place_part(*town, true))
            place = *town + ", " + place;
        // "4180 rue Saint-Denis, app. 3 – Montréal, QC H2W 2M5": the town follows its street; not "69006 Lyon – France",
        // a postcode and town before their country.
        bool town_before_country = std::regex_match(place, postal_city()) && k + 1 < parts.size() &&
                                   !country_code(trim(parts[k + 1])).empty();
        if (is_street(place) && !town_after_street && !town_before_country && k + 1 < parts.size()) {
          if (auto town = clean_place_part(parts[k + 1]); town && is_place_part(*town, false)) {
            street = place + ", ";
            place = *town;
            ++k;
          }
        }
        // "2222 Elm Road   Springfield, Ohio 44444": the street belongs to the address.
        if (street.empty() && is_street(before) && before.find(',') == std::string::npos && count_words(before) <= 5) street = before + " ";
        auto region = k + 1 < parts.size() ? leading_region(parts[k + 1]) : "";
        if (k + 1 < parts.size() && !country_code(trim(parts[k + 1])).empty()) place += ", " + std::string(trim(parts[k + 1]));
        else if (auto after_code = k + 1 < parts.size() ? region_after_postcode(parts[k + 1]) : ""; !after_code.empty())
          place += ", " + after_code;  // "Mangaluru − 575 004, Karnataka, India": the PIN apart, then the state
        else if (k + 1 < parts.size() && !region_country(trim(parts[k + 1])).empty() && city_country(trim(parts[k + 1])).empty())
          place += ", " + std::string(trim(parts[k + 1]));  // "Pau (64) – Pyrénées-Atlantiques": the département named
        else if (!region.empty() && (place.find(',') != std::string::npos || trim(parts[k + 1]) == region ||
                                     trim(trim(parts[k + 1]).substr(region.size())).starts_with("(")))
          place += ", " + region;  // "Curitiba – PR, CEP …", "Belo Horizonte – MG"
        else if (street.empty() && *part == trim(text)) {
          auto [above, below] = extend_over_lines(i);
          street = above;
          if (!place.ends_with(below)) place += below;  // not twice when with_country_below took it
        } else if (rest_set_beside(parts, k + 1) && country_code(last_comma_piece(place)).empty()) {
          // moderncv's "5020 Salzburg" over "Österreich", beside the name or the title ("1010 Lausanne   Responsable …")
          place += extend_over_lines(i).second;
        }
        complete_split_address(i, place);
        complete_hyphenated_word(i, place);
        set_location(place, street + place);
        return true;
      }
    }
    return false;
  }

  /// Parts from `from` on name no detail of the address: none, or words set beside it (a name, a title).
  static bool rest_set_beside(const std::vector<std::string>& parts, size_t from) {
    return std::all_of(parts.begin() + static_cast<std::ptrdiff_t>(std::min(from, parts.size())), parts.end(), [](const std::string& part) {
      return digits_of(part).empty() && !has_contact_detail(part) && city_country(trim(part)).empty() && country_code(trim(part)).empty();
    });
  }

  /// "Wohnort", "Cidade / UF": one of `address_label_pattern` alone, as a form's cell prints it.
  static bool is_address_label(const std::string& text) {
    static const std::regex kAlone{"^" + address_label_pattern() + R"(\s*:?$)", std::regex::icase};
    return std::regex_match(text, kAlone);
  }

  /// "Adres: Margrietstraat 97, 9170 Meerdonk": the label names the field, it is not the place.
  static std::string strip_address_label(const std::string& part) {
    static const std::regex kLabel{"^" + address_label_pattern() + R"(\s*:\s*)", std::regex::icase};
    // "Currently Denver, CO", "Wohnhaft in Köln", "Basée à Lyon": a few words of prose before the place.
    static const std::regex kProseLead{
        R"(^(?:(?:currently|now)\s+(?:(?:based|located|living|residing)\s+)?(?:in\s+)?|(?:(?:hi|hello|hey)\s*[!,]?\s+)?(?:i'm|i am)\s+(?:based|located|living)\s+in\s+|(?:based|located|living|residing)\s+in\s+|wohnhaft\s+in\s+|woonachtig\s+in\s+|(?:basé|basée|installé|installée|domicilié|domiciliée)\s+à\s+|(?:residente|radicado|radicada|afincado|afincada|domiciliado|domiciliada)\s+en\s+|(?:residente|domiciliato|domiciliata)\s+a\s+|(?:residente|morador|moradora)\s+em\s+))",
        std::regex::icase};
    std::smatch label;
    auto place = std::regex_search(part, label, kLabel) ? part.substr(static_cast<size_t>(label.length(0))) : part;
    // "Area: Vanderbijlpark, Gauteng" names a place only when a place follows; "Area: Risorse Umane" is a field of work.
    if (starts_with_icase(part, "area") && label.size() > 0 && city_country(place.substr(0, place.find(','))).empty() && !is_location(place))
      return "";
    return std::regex_search(place, label, kProseLead) ? place.substr(static_cast<size_t>(label.length(0))) : place;
  }

  /// The last `count` comma pieces of `part`: "East Sands, St Andrews KY16 8LB, UK" after a department and school.
  static std::string last_pieces(const std::string& part, int count) {
    size_t at = part.size();
    for (int k = 0; k < count && at != std::string::npos && at > 0; ++k) at = part.rfind(',', at - 1);
    return at == std::string::npos ? part : part.substr(at + 1);
  }

  /// "Rua de Cedofeita 210, 4050-174 Porto, Portugal": any short comma list ending in a country, maybe after a
  /// department and institution ("School of Biology, University of St Andrews, East Sands, St Andrews …, UK").
  static bool ends_in_country(const std::string& part) {
    auto comma = part.rfind(',');
    if (comma == std::string::npos || count_words(last_pieces(part, 3)) > 10 || find_date(part)) return false;
    // A long list past ten words is an address only with a street number or postcode near its end, not "open to: Germany, UK".
    auto tail = last_pieces(part, 3);
    if (count_words(part) > 10 && std::none_of(tail.begin(), tail.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return false;
    auto last = std::string(trim(std::string_view(part).substr(comma + 1)));
    // "Benidorm, Alicante (España)": the country in brackets after the province.
    static const std::regex kBracketedCountry{R"(^.*\S\s*\(([^()]+)\)$)"};
    if (std::smatch bracketed; last.ends_with(')') && std::regex_match(last, bracketed, kBracketedCountry))
      return !country_code(bracketed.str(1)).empty();
    return !country_code(last).empty();
  }

  /// "#42, 3rd Cross, HSR Layout Sector 2, Bengaluru - 560102, Karnataka": a street's pieces closed by a known town
  /// (its postcode aside) and its state.
  static bool ends_in_region(const std::string& part) {
    auto comma = part.rfind(", ");
    if (comma == std::string::npos || region_country(trim(std::string_view(part).substr(comma + 2))).empty() || find_date(part))
      return false;
    auto town = strip_postal_code(std::string(last_comma_piece(part.substr(0, comma))));
    return !city_country(trim(town)).empty();
  }

  /// The line above line `i`, on its page, is a street.
  bool street_above(size_t i) const {
    if (i == 0 || document_.lines[i - 1].location.page != document_.lines[i].location.page) return false;
    auto above = layout_text(document_.lines[i - 1]);
    if (is_street(strip_address_label(collapse_spaces(above)))) return true;
    // "Markus Kienzle   Am Hoptbühl 14" over "78048 Villingen-Schwenningen": the street closes the line, set apart.
    auto cells = split_cells(above);
    return cells.size() >= 2 && is_street(collapse_spaces(cells.back()));
  }

  /// An address printed over lines ("12 rue Victor Hugo" / "69002 Lyon" / "France"): the
  /// street line above and a country line below belong to the place.
  /// Returns the street lines above (with a trailing ", ") and the country line below (", France").
  std::pair<std::string, std::string> extend_over_lines(size_t i) const {
    auto line_text = [&](size_t k) { return collapse_spaces(layout_text(document_.lines[k])); };
    std::string above_text, below_text;
    for (size_t k = i; k > 0 && i - k < 2 && document_.lines[k - 1].location.page == document_.lines[i].location.page; --k) {
      auto above = strip_address_label(line_text(k - 1));  // at most two lines: street, then postcode and town
      if (!is_street(above)) break;
      while (!above.empty() && above.back() == ',') above.pop_back();  // "Franz-Beiska Weg 26,"
      above_text = above + ", " + above_text;
    }
    if (i + 1 < document_.lines.size()) {
      auto below = line_text(i + 1);
      // "8500 Kortrijk   liesbeth@…" over "België   linkedin.com/in/…": or the country opens the line beside other details.
      below_text = !country_code(below).empty() ? ", " + below : country_opening_below(i);
      // "03046 Cottbus," over "Brandenburg": a line left open on its comma, closed by the region below.
      if (below_text.empty() && trim(line_text(i)).ends_with(',') && count_words(below) <= 3 && !region_country(trim(below)).empty())
        below_text = ", " + std::string(trim(below));
    }
    return {above_text, below_text};
  }

  /// The lines under line `i` that close an address on a postcode of their own ("Bowerham" / "Lancaster" /
  /// "Lancashire" / "LA1 3AB"), joined with commas; "" when another kind of line comes first.
  std::string address_stacked_below(size_t i) const {
    std::string joined;
    for (size_t k = i + 1; k < document_.lines.size() && k <= i + 5 && document_.lines[k].location.page == document_.lines[i].location.page; ++k) {
      auto text = std::string(trim(document_.lines[k].text));
      if (text.empty()) return "";
      joined += (joined.empty() ? "" : ", ") + text;
      // The postcode closes it: letters and digits ("LA1 3AB", "H91 X2Y3") or four or five digits, no year.
      bool lettered = has_letter(text) && !digits_of(text).empty();
      bool numbered = digits_of(text) == text && (text.size() == 4 || text.size() == 5) && !text.starts_with("19") && !text.starts_with("20");
      if ((lettered || numbered) && strip_postal_code(", " + text).empty()) return k > i + 1 ? joined : "";
      if (count_words(text) > 3 || !is_place_name(text) || has_contact_detail(text)) return "";
    }
    return "";
  }

  /// ", België": the country opening the next line, beside other details, closes an address stacked in a column.
  std::string country_opening_below(size_t i) const {
    if (i + 1 >= document_.lines.size() || document_.lines[i + 1].location.page != document_.lines[i].location.page) return "";
    auto parts = split_parts(layout_text(document_.lines[i + 1]));
    if (parts.empty() || country_code(trim(parts.front())).empty()) return "";
    return ", " + std::string(trim(parts.front()));
  }

  /// "Dijon, Bourgogne-Franche-" over "Comté" in a form's narrow cell (a label row may sit between): the word
  /// hyphenated at the cell's edge goes on below, under the place's first letter.
  void complete_hyphenated_word(size_t i, std::string& place) const {
    if (!place.ends_with('-')) return;
    for (size_t k = i + 1; k < document_.lines.size() && k <= i + 2; ++k) {
      auto rest = std::string(trim(document_.lines[k].text));
      if (!starts_under(document_.lines[k], document_.lines[i]) || count_words(rest) != 1 || !has_letter(rest)) continue;
      place += rest;
      return;
    }
  }

  /// amsart's "Department of …, Maynooth, Co. Kildare, W23 F2H6," over "Ireland": an address left open on its comma
  /// closes on the country alone on the next line.
  std::string with_country_below(size_t i, std::string text) const {
    // "Guildford, Surrey, United" / "Kingdom": a country's name broken over two lines.
    if (auto space = trim(text).rfind(' '); space != std::string_view::npos && i + 1 < document_.lines.size() &&
                                           document_.lines[i + 1].location.page == document_.lines[i].location.page) {
      auto last = std::string(trim(trim(text).substr(space)));
      auto below = std::string(trim(document_.lines[i + 1].text));
      if (country_code(last).empty() && count_words(below) == 1 && !country_code(last + " " + below).empty() && trim(text).find(',') != std::string_view::npos)
        return std::string(trim(text)) + " " + below;
    }
    // An address holds a number (a postcode, a house's) and no label's colon: not "Nationalités : française,".
    if (!trim(text).ends_with(',') || i + 1 >= document_.lines.size() || digits_of(text).empty() || text.find(':') != std::string::npos)
      return text;
    const Line& next = document_.lines[i + 1];
    if (next.location.page != document_.lines[i].location.page || next.column != document_.lines[i].column) return text;
    auto below = std::string(trim(next.text));
    return country_code(below).empty() ? text : std::string(trim(text)) + " " + below;
  }

  /// "12 rue de Châtillon, 35200" over "Rennes": an address broken over a sidebar's lines takes the town below.
  void complete_split_address(size_t i, std::string& place) const {
    static const std::regex kOpenPostcode{R"(,\s*\d{4,5}$)"};
    if (!std::regex_search(place, kOpenPostcode) || i + 1 >= document_.lines.size()) return;
    const Line& next = document_.lines[i + 1];
    if (next.location.page != document_.lines[i].location.page || next.column != document_.lines[i].column) return;
    auto below = strip_icons(collapse_spaces(layout_text(next)));
    // A known town only: not "Célibataire" or "Permis B" below the street.
    if (count_words(below) <= 3 && digits_of(below).empty() && !city_country(below).empty() && !has_contact_detail(below))
      place += " " + below;
  }

  /// "12 rue Victor Hugo", "Musterstraße 11", "Am Hoptbühl 14", "Blk 8A Boon Tiong Road": a street line, no other detail.
  static bool is_street(const std::string& text) {
    static const std::regex kStreet{
        R"(^(?:\d{4,5}(?:-\d{3})?\s+[A-Z].*|(?:[Ff]lat|[Hh]ouse|[Dd]oor|[Pp]lot)\s+(?:[Nn]o\.?\s*)?\d.*|.*\b(?:[Ss]treet|St\.?|[Rr]oad|Rd\.?|[Aa]venue|Ave\.?|[Ll]ane|[Dd]rive|Blvd\.?|[Ww]ay|[Cc]alle|[Rr]ua|[Rr]ue|[Vv]ia|[Vv]iale|[Pp]iazza|[Aa]venida|[Ll]aan|R(?:ú|u)a|[Cc]arrer|[Aa]vinguda|[Pp]raza|[Pp]laza|[Pp]aseo|[Pp]asseig|[Pp]ra(?:ç|c)a|[Tt]ravessa|[Gg]racht|[Bb]lk|[Bb]lock|[Aa]pt\.?)\b.*|C/\s*[A-Z\xC3].*|(?:Am|Im|An der|An den|Auf der|Auf dem|Zum|Zur|In der|In den|Unter der|Hinter der|Beim)\s+[A-Z\xC3]\S*(?:\s+\S+)?\s+\d{1,4}\s?[a-z]?|.*(?:[Ss]tr(?:a(?:ss|ß)e\b|\.)|weg\b|gasse\b|platz\b|straat\b).*)$)"};
    bool numbered = std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return numbered && count_words(text) <= 7 && !has_contact_detail(text) && text.find('@') == std::string::npos &&
           !find_date(text) && std::regex_match(text, kStreet);
  }

  /// "123 Example Way, Springfield, IL 62701", "Musterstraße 1, 10115 Berlin", "Townsville, ST. 12345",
  /// "Springfield, Ohio 44444", "Villeneuve 33210".
  static bool is_address(std::string_view part) {
    static const std::regex address{
        R"(^(?:(?:[Uu]nit|[Ff]lat|[Aa]pt\.?|[Ss]uite|[Ll]evel)\s+)?\d{1,5}(?:/\d{1,5})?\s+\S.*,.*$|^.*,\s*(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+[^\d,]+(?:,\s*[A-Z][^\d,]*)?$|^.*,\s*[A-Z]{2}\.?\s+\d{5}(-\d{4})?$|^[^\d,]+,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+\d{5}$|^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s+\d{5}$)"};
    // "Rua …, 27, 2.º Esq., 3000-250 Coimbra (Portugal)": a floor and door make a street longer; a postcode and town
    // closing it still say it is one.
    static const std::regex kPostcodeTownEnd{R"(,\s*\d{4,5}(?:-\d{3})?\s+[^\d,]+$)"};
    int limit = std::regex_search(part.begin(), part.end(), kPostcodeTownEnd) ? 14 : 10;
    // "Cena a quattro mani – 12 aprile, prenota qui": a town or postcode closes an address, no phrase in lower case
    // ("12 rue de la Paix, paris" still names its town).
    if (auto last = part.rfind(", "); last != std::string_view::npos && starts_lower(part.substr(last + 2)) &&
                                      count_words(part.substr(last + 2)) >= 2)
      return false;
    return count_words(part) <= limit && std::regex_match(part.begin(), part.end(), address) && !find_date(part);
  }

  /// "LinkedIn", "GitHub": a link label in the contact line, not a town.
  static bool is_link_label(std::string_view part) {
    // "ORCID   HAL": a researcher's profiles named by link labels, on sites that are no ".com".
    static const std::set<std::string, std::less<>> kResearchSites = {"orcid", "hal", "researchgate", "google scholar", "scholar",
                                                                       "dblp", "publons", "scopus", "academia.edu", "idref"};
    // "Web   haegele-it.de": the labels of a personal site.
    static const std::set<std::string, std::less<>> kSiteLabels = {"web", "website", "webseite", "homepage", "site", "blog",
                                                                   "portfolio", "internet", "url", "www"};
    auto key = fold_case(trim(part));
    return !network_of("https://" + fold_case(part) + ".com").empty() || kResearchSites.count(key) > 0 || kSiteLabels.count(key) > 0;
  }

  /// "80331 München", "1011 AB Amsterdam", "73033 Göppingen": a postal code before the town.
  static const std::regex& postal_city() {
    // Sweden's "413 14 Göteborg"; a country's letter before the code, as Luxembourg, Switzerland and Austria print it
    // ("L-8041 Strassen", "CH-6900 Lugano").
    static const std::regex pattern{R"(^(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:-\d{3})?|\d{3} \d{2})(?:\s+[A-Z]{2})?\s+(\D+)$)"};
    return pattern;
  }

  /// `place`: the town part as printed ("40137 Bologna (BO), Italia"); `address`: all of it, street included.
  void set_location(const std::string& place, const std::string& address) {
    contact_.address = address;
    std::vector<std::pair<std::string, size_t>> pieces;  // comma-separated pieces and where each starts
    for (size_t start = 0; start <= place.size();) {
      size_t comma = std::min(place.find(',', start), place.size());
      auto raw = std::string_view(place).substr(start, comma - start);
      auto piece = trim(raw);
      if (!piece.empty()) pieces.push_back({std::string(piece), start + static_cast<size_t>(piece.data() - raw.data())});
      start = comma + 1;
    }
    bool postcode_apart = false, lettered_postcode = false;  // a piece of its own: British and Irish codes follow the post town
    bool four_digit_postcode = false;                         // South Africa's, after its post town
    auto drop_postcodes = [&] {  // "Singapore, 288408"
      for (; pieces.size() >= 2 && strip_postal_code(", " + pieces.back().first).empty(); postcode_apart = true) {
        const auto& code = pieces.back().first;
        lettered_postcode = std::any_of(code.begin(), code.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        four_digit_postcode = code.size() == 4 && digits_of(code) == code;
        pieces.pop_back();
      }
    };
    drop_postcodes();
    if (pieces.empty()) return;
    // Europass's "48013 Bilbao (España)": the country in brackets closes the place; the text keeps it as printed.
    static const std::regex kCountryInBrackets{R"(^(.*\S)\s*\(([^()]+)\)$)"};
    if (std::smatch bracketed; std::regex_match(pieces.back().first, bracketed, kCountryInBrackets)) {
      if (auto code = country_code(bracketed.str(2)); !code.empty()) {
        contact_.country_code = code;
        pieces.back().first = bracketed.str(1);
      }
    }
    // "Centro, Curitiba / PR": the town and its state close the place.
    if (is_town_slash_state(pieces.back().first)) {
      set_town_slash_state(pieces.back().first);
      return;
    }
    std::smatch match;
    size_t country_at = std::string::npos;
    if (auto code = country_code(strip_postal_code(pieces.back().first)); !code.empty()) {
      contact_.country_code = code;
      country_at = pieces.back().second;
      pieces.pop_back();
      drop_postcodes();  // "Cape Town, 8001, South Africa"
    }
    // "14 Rathquarter Drive, Rathedmond, Sligo, F91 K2X7": in a whole postal address the post town before the code,
    // not the locality before it ("Castletroy, Limerick, V94 X2K7", no street, stays as printed).
    // South Africa's "14 Jan Hofmeyr Street, Flamingo Park, Welkom, 9459" too: a street opening it, a numeric code apart.
    if (postcode_apart && (lettered_postcode || (four_digit_postcode && is_street(pieces.front().first))) && pieces.size() >= 3 &&
        !digits_of(pieces.front().first).empty() &&
        is_post_town(pieces.back().first) && city_country(pieces[pieces.size() - 2].first).empty())
      pieces.erase(pieces.begin(), pieces.end() - 1);
    // "Surry Hills, Sydney NSW 2010": a town and its state's code in one piece.
    static const std::regex kTownState{R"(^(.*\S)\s+([A-Z]{2,3})$)"};
    if (std::smatch state; !pieces.empty() && contact_.region.empty()) {
      auto town_state = strip_postal_code(pieces.back().first);
      if (std::regex_match(town_state, state, kTownState) && is_region_code(state.str(2)) && is_place_name(state.str(1))) {
        contact_.region = state.str(2);
        pieces.back().first = state.str(1);
      }
    }
    // "Toronto, Ontario", "Memphis, TN 38120": a region after its town; not "Musterstr. 1, Berlin".
    if (pieces.size() >= 2) {
      auto last = strip_postal_code(pieces.back().first);
      const auto& before = pieces[pieces.size() - 2].first;
      bool town_before = digits_of(before).empty() || std::regex_match(before, postal_city()) || !known_city_at_end(before).empty() ||
                         !city_country(strip_postal_code(before)).empty() ||  // "Bengaluru 560102, Karnataka"
                         is_town_with_area(before);                           // "Quimper (29000), Bretagne"
      // "East Sands, St Andrews KY16 8LB": a British postcode closes the town, not a region ("TN 38120").
      auto postcode = pieces.back().first.substr(last.size());
      bool lettered = std::any_of(postcode.begin(), postcode.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
      bool region_named = !lettered || last.size() <= 3 || !region_country(last).empty() || !city_country(before).empty();
      // "Surry Hills, Sydney NSW": a known city after a suburb no list knows, before its state's code, is the town; the
      // suburb is none ("Mt Albert, Auckland" alone keeps its suburb, as people write it).
      // Not "Fiumicino, Roma, Italia": before a country alone the first may be a town of the city's province.
      bool city_after_quarter = !contact_.region.empty() && region_country(last).empty() &&
                                !city_country(last).empty() && city_country(before).empty() && digits_of(before).empty() &&
                                last.size() > 3;
      // "Shivaji Nagar, Dharampeth, Nagpur 440010": an Indian city carrying its six-digit PIN is the post town, the
      // pieces before it its quarters (not "Thane, Mumbai 400069", two cities).
      auto pin = digits_of(postcode);
      bool post_town = pin.size() == 6 && trim(postcode) == pin && city_country(last) == "IN" && region_country(last).empty() &&
                       city_country(before).empty();
      if (post_town) pieces.erase(pieces.begin(), pieces.end() - 1);
      else if (city_after_quarter) pieces.erase(pieces.end() - 2);
      else if (town_before && (digits_of(last).empty() || names_departement(last)) && region_named) {
        contact_.region = last;
        pieces.pop_back();
      }
    }
    size_t city_at = country_at;  // "19 Shelford Road, Singapore": no town but the country
    if (!pieces.empty()) {
      const auto& [town, offset] = pieces.back();
      auto bare_town = strip_postal_code(town);  // "Edinburgh EH9 3FL"
      if (std::regex_match(town, match, postal_city())) {
        contact_.city = match[1];
        if (is_town_with_area(contact_.city)) contact_.city.erase(contact_.city.rfind(" ("));  // "48011 Bilbao (Bizkaia)"
      } else if (is_town_with_area(town)) contact_.city = town.substr(0, town.rfind(" ("));  // "Versailles (78)": no département
      else if (is_town_with_area(bare_town)) {  // "Sherbrooke (Québec) J1H 5N4": a province and a postcode after the town
        contact_.city = bare_town.substr(0, bare_town.rfind(" ("));
        auto area = bare_town.substr(contact_.city.size() + 2);
        if (area.size() > 1 && !region_country(area.substr(0, area.size() - 1)).empty() && contact_.region.empty())
          contact_.region = area.substr(0, area.size() - 1);
      }
      else if (digits_of(bare_town).empty()) contact_.city = bare_town;
      else if (auto city = city_of_district(bare_town); !city.empty()) contact_.city = city;  // "Dublin 7"
      else contact_.city = known_city_at_end(bare_town);  // "1209 Page Street No. 7 San Francisco"
      // Not inside the brackets: "Málaga (Málaga)" names its province after the town.
      auto at = town.rfind(contact_.city);
      while (at != std::string::npos && at > 0 && inside_brackets(town, at)) at = town.rfind(contact_.city, at - 1);
      if (!contact_.city.empty() && at != std::string::npos) city_at = offset + at;
    }
    if (contact_.country_code.empty() && contact_.region.empty()) contact_.country_code = city_country(contact_.city);  // "Lyon"
    // "Midrand, Gauteng": a province names the country, unless the town is known in another one.
    if (auto by_region = region_country(contact_.region); contact_.country_code.empty() && !by_region.empty()) {
      auto by_city = city_country(contact_.city);
      // "Cambridge, Ontario", "Plymouth, Michigan": a province spelt out wins over a town of that name elsewhere.
      if (by_city.empty() || by_city == by_region || contact_.region.size() > 3) contact_.country_code = by_region;
    }
    contact_.location_text = locality(city_at == std::string::npos ? place : place.substr(city_at));
    if (contact_.location_text.empty()) contact_.location_text = place;  // a postcode alone
    // "Málaga (Málaga), España": a province named as its chief town says nothing more.
    if (auto same = contact_.city + " (" + contact_.city + ")"; !contact_.city.empty() && contact_.location_text.starts_with(same))
      contact_.location_text.replace(0, same.size(), contact_.city);
  }

  /// "Sligo" before a postcode set apart: a known town, no region ("IL", "Co. Dublin") and no street.
  static bool is_post_town(const std::string& piece) {
    return digits_of(piece).empty() && !is_region_code(piece) && region_country(piece).empty() && !city_country(piece).empty() &&
           !piece.starts_with("Co ") && !piece.starts_with("Co. ") && !piece.starts_with("County ");
  }

  /// The last one to three words of a street line when they name a known city.
  static std::string known_city_at_end(const std::string& text) {
    auto words = collapse_spaces(text);
    for (int count = 3; count >= 1; --count) {
      size_t start = words.size();
      for (int seen = 0; seen < count && start != std::string::npos && start > 0; ++seen) start = words.rfind(' ', start - 1);
      auto tail = start == std::string::npos ? words : words.substr(start + 1);
      if (tail != words && !city_country(tail).empty()) return tail;
    }
    return "";
  }

  /// The place from its town on without postal codes: "Bologna (BO) 40137, Italia" -> "Bologna (BO), Italia".
  static std::string locality(std::string text) {
    static const std::regex kPostal{R"((^|[\s,])(?:\d{4,6}(?:-\d{3,4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|)" + kEircode + R"(|[A-Z]{1,2}\d{1,2}[A-Z]?(?:\s\d[A-Z]{2})?)(?=$|[\s,]))"};
    static const std::regex kSeparator{R"(\s+(?:–|—|\||•|·|-)\s+)"};
    static const std::regex kLooseComma{R"((?:\s*,)+\s*)"};
    static const std::regex kBracketedPostcode{R"(\s*\(\d{5}\))"};  // "Limoges (87000), France"
    if (text.find('(') != std::string::npos) text = std::regex_replace(text, kBracketedPostcode, "");
    text = std::regex_replace(std::regex_replace(text, kPostal, "$1"), kSeparator, ", ");
    text = std::regex_replace(collapse_spaces(text), kLooseComma, ", ");
    while (!text.empty() && (text.back() == ',' || text.back() == ' ')) text.pop_back();
    while (!text.empty() && (text.front() == ',' || text.front() == ' ')) text.erase(0, 1);
    return text;
  }

  template <typename Visit>
  void for_each_link(Visit visit) const {
    for (const auto& line : document_.lines)
      for (const auto& run : line.runs)
        if (!run.link.empty()) visit(run.link);
    for (const auto& page : document_.pages)
      for (const auto& link : page.links) visit(link);
  }

  /// `in_header`: the link stands among the contact details, where a repository may be all the profile printed.
  void add_url(const std::string& raw, bool in_header = false) {
    auto url = std::string(trim(raw));
    while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == ')')) url.pop_back();
    if (url.empty() || starts_with_icase(url, "mailto:") || starts_with_icase(url, "tel:")) return;
    auto network = network_of(url);
    if (network.empty()) {
      if (contact_.url.empty() && url.find('.') != std::string::npos) contact_.url = with_scheme(url);
      return;
    }
    auto full = with_scheme(url);
    // "github.com/thiagoprado/kafka-replay": a project's repository, linked from its entry, is no profile.
    if (auto path = strip_scheme(full); !in_header && (network == "GitHub" || network == "GitLab") && path.find('/') != std::string::npos) {
      auto rest = path.substr(path.find('/') + 1);
      while (!rest.empty() && rest.back() == '/') rest.pop_back();
      if (rest.find('/') != std::string::npos) return;
    }
    for (const auto& profile : contact_.profiles)
      if (strip_scheme(profile.url) == strip_scheme(full)) return;
    Profile profile;
    profile.network = network;
    profile.url = full;
    auto path = strip_scheme(full);
    auto slash = path.rfind('/');
    if (slash != std::string::npos) profile.username = path.substr(slash + 1);
    contact_.profiles.push_back(std::move(profile));
  }

  static std::string network_of(const std::string& url) {
    static const std::pair<const char*, const char*> kNetworks[] = {
        {"linkedin.com", "LinkedIn"}, {"github.com", "GitHub"}, {"gitlab.com", "GitLab"}, {"bitbucket.org", "Bitbucket"},
        {"twitter.com", "Twitter"}, {"x.com/", "X"}, {"stackoverflow.com", "Stack Overflow"}, {"behance.net", "Behance"},
        {"dribbble.com", "Dribbble"}, {"medium.com", "Medium"}, {"facebook.com", "Facebook"}, {"youtube.com", "YouTube"},
        {"quora.com", "Quora"}, {"xing.com", "XING"}, {"instagram.com", "Instagram"}, {"kaggle.com", "Kaggle"},
        {"orcid.org", "ORCID"}, {"scholar.google", "Google Scholar"}, {"researchgate.net", "ResearchGate"}};
    auto lower = to_lower_ascii(url);
    for (const auto& [domain, name] : kNetworks)
      if (lower.find(domain) != std::string::npos) return name;
    return "";
  }

  static std::string strip_scheme(const std::string& url) {
    std::string rest = url;
    for (const char* prefix : {"https://", "http://"})
      if (starts_with_icase(rest, prefix)) rest = rest.substr(std::string_view(prefix).size());
    if (starts_with_icase(rest, "www.")) rest = rest.substr(4);
    while (!rest.empty() && rest.back() == '/') rest.pop_back();
    return rest;
  }

  static std::string with_scheme(const std::string& url) {
    if (starts_with_icase(url, "http://") || starts_with_icase(url, "https://")) return url;
    return "https://" + url;
  }

  void find_profiles() {
    // Under a "References" heading a link behind a label is a referee's ("Prof. Brandt — LinkedIn"), wherever else the
    // document lists it; an address printed there stays (lynx lists a page's own links under "References").
    std::set<std::string, std::less<>> referee_links;
    bool referees = false;
    for (const auto& line : document_.lines) {
      bool header = &line - document_.lines.data() < static_cast<std::ptrdiff_t>(header_limit());
      if (auto text = trim(line.text); !text.empty() && count_words(text) <= 4)
        if (auto name = canonical_section(text); name.exact) referees = name.canonical == "references" && !header;
      for (const auto& url : find_urls(line.text)) add_url(url.text, header);
      for (const auto& run : line.runs)
        if (!run.link.empty() && referees) referee_links.insert(run.link);
        else if (!run.link.empty()) add_url(run.link, header);
      if (!header) continue;
      for (auto it = std::sregex_iterator(line.text.begin(), line.text.end(), contact_patterns().website);
           it != std::sregex_iterator(); ++it)
        add_url((*it)[1], true);
      // "janedoe.design" standing alone between separators.
      if (has_contact_detail(line.text))
        for (const auto& part : split_parts(layout_text(line)))
          if (part.find('@') == std::string::npos && std::regex_match(part, contact_patterns().bare_domain)) add_url(part);
      // "GitHub: @jane", "LinkedIn: /in/jane" printed as handles.
      for (auto it = std::sregex_iterator(line.text.begin(), line.text.end(), contact_patterns().handle);
           it != std::sregex_iterator(); ++it) {
        auto network = to_lower_ascii((*it)[1].str());
        auto user = (*it)[2].str();
        // "GitHub: github.com/ana-lima": the address itself follows the label, no handle.
        if (auto lower = to_lower_ascii(user); lower.starts_with(network + ".") || lower.starts_with("www.")) continue;
        add_url(network == "linkedin" ? "linkedin.com/in/" + user : network + ".com/" + user);
      }
    }
    for (const auto& page : document_.pages)
      for (const auto& link : page.links)
        if (!referee_links.contains(link)) add_url(link);
  }

  const Document& document_;
  size_t header_end_;
  size_t contact_begin_ = 0, contact_end_ = 0;  ///< a "Contact" section's lines, if any
  std::vector<size_t> agency_boxes_;             ///< lines titling a recruiter's box ("VOTRE CONTACT …"), found once
  std::vector<bool> referee_lines_;              ///< per line: it opens on a referee's label, found once
  std::vector<bool> letterhead_lines_;           ///< lines holding an employer's own addresses over an applicant record
  double body_size_;                             ///< the size most body text is set in (0 in plain text)
  Contact contact_;
  std::string handles_;  ///< the e-mail's local part and profile URLs, folded (read_handles)
};

}  // namespace

Contact extract_contact(const Document& document, size_t header_end, std::pair<size_t, size_t> contact_section) {
  return ContactReader(document, header_end, contact_section).read();
}

}  // namespace atslint


