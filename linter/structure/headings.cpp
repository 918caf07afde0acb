#include "linter/structure/headings.h"
#include "linter/structure/labelled_entries.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "linter/patterns.h"
#include "linter/structure/dates.h"
#include "linter/structure/entries.h"
#include "linter/structure/fields.h"
#include "linter/structure/line_text.h"
#include "linter/structure/section_synonyms.h"
#include "linter/structure/table_entries.h"
#include "linter/text_util.h"

namespace atslint {
namespace {


SectionName name_of(const std::vector<const SectionSynonym*>& hits, bool exact) {
  SectionName name;
  name.canonical = hits.front()->canonical;
  name.language = hits.front()->language;
  for (const auto* hit : hits)
    if (hit->canonical == name.canonical) name.languages.push_back(hit->language);
  name.exact = exact;
  name.head_final = exact;
  return name;
}

/// "Esperienza pregressa", "Experiencia docente", "Formación reglada": Romance languages put the section's noun first
/// and its adjective after. Only adjectives that qualify a section, so a field of study ("RECHERCHE OPÉRATIONNELLE")
/// or an English phrase ("FORMATION FLYING") stays what it is.
bool head_first(const std::vector<const SectionSynonym*>& hits, const std::vector<std::string>& words, size_t begin, size_t end) {
  static const std::set<std::string, std::less<>> kRomance{"es", "fr", "pt", "it"};
  // Words that say which part of a career the section holds, never what the work or the study was about.
  static const std::set<std::string, std::less<>> kQualifiers{
      "pregressa", "pregresse", "precedente", "precedenti", "previa", "previas", "prévia", "prévias", "anterior", "anteriores",
      "antérieure", "antérieures", "docente", "didattica", "didattiche", "pédagogique", "pedagógica", "reglada", "regrada",
      "relevante", "relevantes", "rilevante", "rilevanti", "pertinente", "pertinentes", "recente", "recenti", "reciente",
      "recientes", "récente", "récentes", "selecionada", "selecionadas", "seleccionada", "seleccionadas", "selezionata",
      "selezionate", "sélectionnée", "sélectionnées", "professionale", "professionali", "profesional", "profesionales",
      "professionnel", "professionnelle", "professionnels", "professionnelles", "profissional", "profissionais", "personali",
      "personales", "personnelles", "pessoais"};
  // The noun names a section, not a kind of post ("Tirocinio professionale", "Stage professionnel" head entries).
  static const std::set<std::string, std::less<>> kPosts{"stage", "stages", "tirocinio", "tirocini", "estágio", "estágios",
                                                         "prácticas", "practicas", "pasantía", "pasantías", "praktikum"};
  size_t after = words.size() - end - 1;
  if (begin != 0 || end != 0 || after == 0 || after > 2 || kPosts.contains(words[0])) return false;
  for (size_t k = 1; k < words.size(); ++k)
    if (!kQualifiers.contains(words[k])) return false;
  return std::any_of(hits.begin(), hits.end(), [](const SectionSynonym* hit) { return kRomance.contains(hit->language); });
}

/// A qualified heading ("relevant work experience"): the longest synonym made of
/// whole words, preferring one that ends the heading (English head noun last).
std::optional<SectionName> qualified_match(const std::vector<std::string>& words, bool adjective_after = false) {
  const auto& index = synonym_index();
  if (words.empty() || words.size() > 6) return std::nullopt;
  std::optional<SectionName> best;
  size_t best_score = 0;
  for (size_t begin = 0; begin < words.size(); ++begin) {
    std::string phrase;
    for (size_t end = begin; end < words.size(); ++end) {
      phrase += (end > begin ? " " : "") + words[end];
      auto found = index.find(phrase);
      if (found == index.end() || std::all_of(found->second.begin(), found->second.end(), [](const SectionSynonym* hit) { return hit->whole_only; }))
        continue;
      bool head = end + 1 == words.size() || (adjective_after && head_first(found->second, words, begin, end));
      size_t score = phrase.size() + (head ? 100 : 0);
      if (score > best_score) {
        best_score = score;
        best = name_of(found->second, false);
        best->head_final = head;
      }
    }
  }
  return best;
}

/// "S E L E C T E D A C H I E V E M E N T S": single letters, one space apart.
/// Sections that list items (skills, languages, interests), whose groups carry labels of their own.
bool is_list_section(std::string_view canonical) {
  return canonical == "skills" || canonical == "languages" || canonical == "interests";
}

bool letter_spaced(std::string_view heading) {
  std::vector<int32_t> letters;
  for (const auto& glyph : split_words(std::string(trim(heading)))) letters.push_back(icu::UnicodeString::fromUTF8(glyph).countChar32());
  auto at_most = [&](int32_t most) { return std::all_of(letters.begin(), letters.end(), [&](int32_t n) { return n <= most; }); };
  if (letters.size() >= 4 && at_most(2)) return true;
  // "K E NNTN I S S E": a run of kerned letters among mostly single ones. Loose on its own; the joined letters must
  // still name a section.
  auto singles = std::count(letters.begin(), letters.end(), 1);
  return letters.size() >= 5 && singles * 3 >= static_cast<long>(letters.size()) * 2 && at_most(4);
}

/// Letter-spacing without word gaps joins the words: "professionalexperience" is the phrase itself,
/// "selectedachievements" a qualified "achievements" (a synonym of six letters or more ending it).
std::optional<SectionName> spaceless_match(const std::string& joined) {
  const auto& index = spaceless_synonym_index();
  if (auto found = index.find(joined); found != index.end()) return name_of(found->second, true);
  std::optional<SectionName> best;
  size_t best_length = 0;
  for (size_t start = 1; start + 6 <= joined.size(); ++start)
    if (auto found = index.find(joined.substr(start)); found != index.end() && joined.size() - start > best_length) {
      best_length = joined.size() - start;
      best = name_of(found->second, false);
      best->head_final = true;
    }
  return best;
}

bool is_joiner(const std::string& word) {
  static const char* const kJoiners[] = {",", "&", "/", "+", "and", "und", "et", "y", "e", "en", "ed", "or", "ou", "o", "oder"};
  return std::any_of(std::begin(kJoiners), std::end(kJoiners), [&](const char* j) { return word == j; });
}

/// A compound heading's parts between its joiners: "work & volunteer experience" -> "work", "volunteer experience".
/// A joiner opening or closing the words leaves an empty part, as does one after another.
std::vector<std::vector<std::string>> compound_parts(const std::vector<std::string>& words) {
  std::vector<std::vector<std::string>> parts(1);
  for (const auto& word : words) {
    if (is_joiner(word)) parts.emplace_back();
    else parts.back().push_back(word);
  }
  return parts;
}

/// No title words, or only in a compound's part that names the section whole: "Internship / Industrial Training"
/// heads a section; "Software & Data Engineer" and "Training & Development Manager" are job titles.
/// "Work & Volunteer Experience" too: every title word lies in a part that names a section whole.
bool title_words_only_in_part(std::string_view text, const SectionName& name) {
  // "Engineer-in-Training": a title's words joined by hyphens count as words (not "Freelancer-Projekte", a compound).
  auto tokens = split_words(std::string(text));
  bool phrase = std::any_of(tokens.begin(), tokens.end(), [](const std::string& token) { return std::count(token.begin(), token.end(), '-') >= 2; });
  int words = phrase ? std::max(title_score(text), title_score(join(split_words(normalise_heading(text)), " "))) : title_score(text);
  if (words == 0 || (!name.exact_part.empty() && title_score(name.exact_part) == words)) return true;
  int in_parts = 0;
  for (const auto& part : compound_parts(split_words(normalise_heading(text))))
    if (auto phrase = join(part, " "); synonym_index().count(phrase)) in_parts += title_score(phrase);
  return in_parts == words;
}

/// "Research, University of Oxford", "Training, Deloitte Academy", "Stage, Hydro-Québec (Québec)": a part after a
/// comma that names no section but a school, a firm or a place makes the line an entry's, not a heading.
bool names_a_place_or_body(std::string_view heading) {
  for (auto comma = heading.find(", "); comma != std::string_view::npos; comma = heading.find(", ", comma + 1)) {
    auto part = trim(heading.substr(comma + 2));
    part = part.substr(0, part.find(", "));
    if (qualified_match(split_words(normalise_heading(part)))) continue;
    if (institution_score(part) > 0 || organisation_score(part) > 0 || is_location(part)) return true;
  }
  return false;
}

}  // namespace

bool is_document_title(std::string_view text) {
  static const char* const kTitles[] = {"curriculum vitae", "resume", "résumé", "cv", "lebenslauf", "curriculum",
                                        "currículo", "curriculo", "hoja de vida", "currículum", "curriculum vitæ",
                                        // the Europass template's logo, printed before the name on its first line
                                        "europass", "europass curriculum vitae"};
  auto normalised = normalise_heading(text);
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](const char* t) { return normalised == t; });
}

namespace {

/// "02", "3", "4": a section's number alone on its line, a count beside a heading, a caption's number.
bool is_badge_number(std::string_view text) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  return !text.empty() && text.size() <= 2 && std::all_of(text.begin(), text.end(), digit);
}

/// Qapa's "Mes expériences   4 expériences": the site's count of the section's items, named by the label's own noun.
bool counts_label(std::string_view rest, std::string_view label) {
  auto space = rest.find(' ');
  if (space == std::string_view::npos || !is_badge_number(rest.substr(0, space))) return false;
  auto noun = fold_case(trim(rest.substr(space + 1)));
  auto words = split_words(fold_case(label));
  return !words.empty() && noun.find(' ') == std::string::npos && noun == words.back();
}

/// "hosco · Perfil profesional", "stepstone | Lebenslauf": a site's lower-case wordmark, then its page's title.
bool opens_with_wordmark(std::string_view heading) {
  heading = trim(heading);
  size_t mark = std::min({heading.find(" · "), heading.find(" | "), heading.size()});
  auto brand = heading.substr(0, mark);
  // Not "skills · tools" in a design set all in lower case: the title after the mark is capitalised, the mark no section.
  auto title = trim(heading.substr(std::min(heading.size(), mark + 3)));
  return mark < heading.size() && brand.size() >= 3 && brand.find(' ') == std::string_view::npos &&
         std::all_of(brand.begin(), brand.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }) &&
         !title.empty() && !starts_lower(title) && canonical_section(brand).canonical.empty();
}

}  // namespace

std::string numbered_caption_of(std::string_view text) {
  text = trim(text);
  // "Experiencia 1 de 3", "Berufserfahrung 2 von 3", "Work experience 3 of 4": the count of all after the number.
  static const std::set<std::string, std::less<>> kOf = {"de", "von", "of", "di", "da", "van", "sur", "/"};
  auto split_last = [](std::string_view& rest) {
    auto space = rest.rfind(' ');
    auto word = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    rest = space == std::string_view::npos ? rest : trim(rest.substr(0, space));
    return word;
  };
  auto rest = text;
  auto number = split_last(rest);
  if (!is_badge_number(number)) return "";
  if (auto probe = rest; kOf.contains(split_last(probe))) {
    number = split_last(probe);
    if (!is_badge_number(number)) return "";
    rest = probe;
  }
  return rest == text ? "" : canonical_section(rest).canonical;
}

size_t section_number_length(std::string_view heading) {
  // "(a) PROFESSIONAL PREPARATION", "b) Experiencia": a form's lettered parts (an NSF biographical sketch).
  // In capitals, as a form prints its parts: "(a) Teaching (b) Research" is a list of duties.
  size_t letter = heading.starts_with('(') ? 1 : 0;
  if (letter + 2 < heading.size() && std::islower(static_cast<unsigned char>(heading[letter])) && heading[letter + 1] == ')' &&
      heading[letter + 2] == ' ') {
    auto rest = heading.substr(letter + 3);
    auto start = rest.find_first_not_of(' ');
    if (start != std::string_view::npos && is_upper_case_text(rest)) return letter + 3 + start;
  }
  size_t i = 0;
  while (i < heading.size() && i < 2 && std::isdigit(static_cast<unsigned char>(heading[i]))) ++i;
  if (i == 0) return 0;
  while (i + 1 < heading.size() && heading[i] == '.' && std::isdigit(static_cast<unsigned char>(heading[i + 1]))) {
    ++i;
    while (i < heading.size() && std::isdigit(static_cast<unsigned char>(heading[i]))) ++i;
  }
  bool dotted = heading.substr(0, i).find('.') != std::string_view::npos;
  if (i < heading.size() && (heading[i] == '.' || heading[i] == ')')) ++i, dotted = true;
  // "12 Jahre Berufserfahrung" counts years; it is no section number, but "03 Proyectos" with its zero is.
  if (!dotted && i > 1 && heading[0] != '0') return 0;
  size_t spaces = i;
  while (spaces < heading.size() && heading[spaces] == ' ') ++spaces;
  if (spaces == i || spaces >= heading.size() || std::isdigit(static_cast<unsigned char>(heading[spaces]))) return 0;
  return spaces;
}

/// U+FFFD, where a tool that read Windows-1252 as UTF-8 lost a letter ("EXP�RIENCES").
constexpr std::string_view kLostCharacter = "\xEF\xBF\xBD";

/// `damaged` spells `word` but for U+FFFDs, each standing for one character of it ("exp�riences", "centres d�int�r�t").
bool spelt_with_lost_letters(std::string_view damaged, std::string_view word) {
  size_t i = 0, j = 0;
  while (i < damaged.size() && j < word.size()) {
    if (damaged.substr(i).starts_with(kLostCharacter)) {
      i += kLostCharacter.size();
      unsigned char lead = static_cast<unsigned char>(word[j]);
      j += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    } else if (damaged[i++] != word[j++]) {
      return false;
    }
  }
  return i == damaged.size() && j == word.size();
}

/// "4", "3 yrs 9 mos", "12 Jahre": a count, or a time in years and months, after `head` and " · ". A time only after a
/// heading of two words or more: LinkedIn's "Internship · 3 mos", "Volunteer · 2 yrs" are a job's kind and length.
static bool counts_or_lasts(std::string_view head, std::string_view text) {
  static const std::set<std::string, std::less<>> kUnits = {"yr", "yrs", "year", "years", "mo", "mos", "month", "months",
                                                            "jahr", "jahre", "monat", "monate", "an", "ans", "mois", "año",
                                                            "años", "ano", "anos", "mes", "meses", "anni", "mesi", "jaar", "maanden"};
  auto words = split_words(fold_case(trim(text)));
  if (words.empty() || words.size() > 4) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    bool number = !words[i].empty() && std::all_of(words[i].begin(), words[i].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '+'; });
    if (i % 2 == 0 ? !number || words[i].size() > 4 : !kUnits.contains(words[i])) return false;
  }
  return words.size() == 1 || count_words(head) >= 2;
}

/// "persoenliche daten" -> "personliche daten": an umlaut spelt with an "e" after its vowel, as the unaccented index
/// holds it ("ä" -> "a"); the text as it was when it holds none.
static std::string without_umlaut_e(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    out.push_back(text[i]);
    if ((text[i] == 'a' || text[i] == 'o' || text[i] == 'u') && i + 1 < text.size() && text[i + 1] == 'e') ++i;
  }
  return out;
}

SectionName canonical_section(std::string_view heading) {
  if (size_t number = section_number_length(heading)) {
    // "2 Opleiding", "3. Experience"; "5 Years Experience" is a tagline: numbered headings map whole, or as a compound
    // whose last part is a section's name whole ("4. EDUCATION & TRAINING", "6. SYSTEMS & SKILLS").
    auto name = canonical_section(heading.substr(number));
    if (name.exact) return name;
    auto parts = compound_parts(split_words(normalise_heading(heading.substr(number))));
    bool every_part = std::all_of(parts.begin(), parts.end(), [](const auto& part) { return synonym_index().count(join(part, " ")) > 0; });
    // Ending on one only when set in capitals, as such headings are: "2. Biostatistics & Research" in a list of modules
    // is an item.
    bool last_part = !name.exact_part.empty() && name.exact_part == join(parts.back(), " ") && is_upper_case_text(heading.substr(number));
    bool compound = parts.size() >= 2 && !name.canonical.empty() && (every_part || last_part);
    if (!compound) return {};
    name.exact = true;  // numbered, the compound is the whole heading
    return name;
  }
  // "Employment History (prior to qualifying)": the bracket qualifies the heading.
  // "Research (Kolkata, India)" is an employer's line: a place in the bracket is no qualifier.
  if (auto open = heading.find(" ("); open != std::string_view::npos && open > 0 && trim(heading).ends_with(")")) {
    auto inside = trim(heading.substr(open + 2));
    inside.remove_suffix(1);
    if (is_location(inside)) return {};  // "Stage, Hydro-Québec (Québec)" too: no part of it is a heading
    auto name = canonical_section(heading.substr(0, open));
    if (name.exact && !find_date(inside)) return name;
  }
  // Peerlist's "Work Experience · 3 yrs 9 mos", "Projects · 4": the site's count or total time after the heading.
  if (auto dot = heading.rfind(" · "); dot != std::string_view::npos && dot > 0 && counts_or_lasts(heading.substr(0, dot), heading.substr(dot + 3)))
    if (auto name = canonical_section(heading.substr(0, dot)); name.exact) return name;
  // "about.me": a site's name, no "About me".
  if (auto site = trim(heading); site.find(' ') == std::string_view::npos) {
    auto dot = site.rfind('.');
    bool domain = dot != std::string_view::npos && dot > 0 && site.size() - dot > 2 &&
                  std::all_of(site.begin() + static_cast<std::ptrdiff_t>(dot) + 1, site.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
    if (domain) return {};
  }
  if (opens_with_wordmark(heading)) return {};
  auto normalised = normalise_heading(heading);
  if (normalised.empty()) return {};
  const auto& index = synonym_index();
  if (auto found = index.find(normalised); found != index.end()) return name_of(found->second, true);
  // "Mes expériences", "My Skills", "Meine Kenntnisse": a possessive before the name of a site's main sections; not
  // "Mes réalisations", "My training" or "Ma formation", sub-headings under a job's dates as often.
  for (std::string_view owner : {"my ", "mes ", "mon ", "ma ", "mis ", "mi ", "meine ", "mein ", "meus ", "meu ", "minhas ", "minha ",
                                 "mijn ", "i miei ", "le mie ", "il mio ", "la mia "})
    if (normalised.starts_with(owner))
      if (auto found = index.find(normalised.substr(owner.size())); found != index.end()) {
        auto name = name_of(found->second, true);
        if (name.canonical == "experience" || name.canonical == "skills") return name;
      }
  const auto& unaccented = unaccented_synonym_index();
  if (auto found = unaccented.find(strip_accents(normalised)); found != unaccented.end())
    return name_of(found->second, true);
  // "Persoenliche Daten", "Faehigkeiten": German umlauts typed as a vowel and "e" on an ASCII keyboard. (Asked of most lines
  // of every document: only where such a pair is.)
  bool umlaut_pair = normalised.find("ae") != std::string::npos || normalised.find("oe") != std::string::npos ||
                     normalised.find("ue") != std::string::npos;
  if (auto found = umlaut_pair ? unaccented.find(strip_accents(without_umlaut_e(normalised))) : unaccented.end(); found != unaccented.end())
    return name_of(found->second, true);
  if (normalised.find(kLostCharacter) != std::string::npos) {
    auto damaged = strip_accents(normalised);
    for (const auto& [synonym, names] : unaccented)
      if (spelt_with_lost_letters(damaged, synonym)) return name_of(names, true);
  }
  auto words = split_words(normalised);
  // "A U S - U N D W E I T E R B I L D U N G": a hyphen parts the joined letters into two words.
  if (letter_spaced(heading) && words.size() <= 3)
    if (auto name = spaceless_match(strip_accents(join(words, "")))) return *name;
  // "Experiences professionnel l es": small capitals kerned apart mid-word; the words joined are the phrase.
  bool fragment = std::any_of(words.begin(), words.end(), [](const std::string& w) { return w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0])); });
  // "FORMATI ON", "COMP ÉTENC ES": letter-spaced capitals parted where the kerning left the widest gaps.
  bool capitals = std::none_of(heading.begin(), heading.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  fragment = fragment || (capitals && words.size() >= 2);
  if (const auto& spaceless = spaceless_synonym_index(); fragment && words.size() <= 8)
    if (auto found = spaceless.find(strip_accents(join(words, ""))); found != spaceless.end()) return name_of(found->second, true);
  if (words.size() > 8) return {};
  // "Education Summary", "Skills Overview": a section named, then a generic word about it.
  static const char* const kGeneric[] = {"summary", "overview", "details", "information", "highlights", "profile"};
  if (words.size() >= 2 && std::any_of(std::begin(kGeneric), std::end(kGeneric), [&](const char* g) { return words.back() == g; })) {
    auto named = index.find(join(std::vector<std::string>(words.begin(), words.end() - 1), " "));
    if (named != index.end()) return name_of(named->second, true);
  }
  if (names_a_place_or_body(heading)) return {};
  // "Editar perfil", "View profile", "Ajouter une expérience": a web page's button, printed with the profile.
  static const std::set<std::string, std::less<>> kButtonVerbs{
      "edit", "editar", "modifier", "bearbeiten", "bewerken", "modifica", "modificar", "view", "ver", "voir",
      "anzeigen", "bekijk", "visualizza", "add", "añadir", "agregar", "ajouter", "hinzufügen", "toevoegen", "aggiungi",
      "adicionar", "show", "mostrar", "afficher", "download", "descargar", "télécharger", "herunterladen"};
  if (words.size() >= 2 && kButtonVerbs.contains(words.front())) return {};
  // "Je recherche", "Ich suche": a sentence's subject before its verb opens the wishes, not research.
  // (Not "eu", "io": "EU PROJECTS", "IO" stand for other things.)
  static const std::set<std::string, std::less<>> kSubjects{"je", "ich", "ik", "yo"};
  if (words.size() >= 2 && kSubjects.contains(words.front())) return {};
  // Compound headings: the first part that maps wins ("Education & Certifications"), but roles listed under
  // "Memberships and Volunteer Work" are volunteer work, not credentials.
  std::optional<SectionName> first;
  // "Experiencia docente", "FORMATION CONTINUE": a noun, then words in lower case (or all in capitals) qualifying it;
  // not "Ferramentas: Jira, Confluence", a label and its items.
  auto printed = split_words(std::string(heading));
  bool adjective_after = heading.find_first_of(":|") == std::string_view::npos && heading.find("  ") == std::string_view::npos &&
                         (is_upper_case_text(heading) ||
                          std::all_of(printed.begin() + (printed.empty() ? 0 : 1), printed.end(), [](const std::string& w) { return starts_lower(w); }));
  // "Conocimientos y herramientas", "Skills & Tools": every part a synonym of one section names it exactly.
  const auto parts = compound_parts(words);
  bool all_one_section = parts.size() >= 2;
  std::string only;
  for (const auto& part : parts) {
    auto whole = synonym_index().find(join(part, " "));
    auto name = whole == synonym_index().end() ? std::string() : name_of(whole->second, true).canonical;
    all_one_section = all_one_section && !name.empty() && (only.empty() || name == only);
    only = name;
  }
  if (all_one_section) return name_of(synonym_index().find(join(parts.front(), " "))->second, true);
  // "Research and Teaching Skills", "Language & Computer Skills": one-word modifiers sharing the last part's head noun,
  // a list's ("Volunteer and Leadership Experience" stays two kinds of experience, the first a section's own name).
  if (parts.size() >= 2 && parts.back().size() >= 2 &&
      std::all_of(parts.begin(), parts.end() - 1, [](const std::vector<std::string>& part) { return part.size() == 1; }))
    if (auto head = synonym_index().find(parts.back().back()); head != synonym_index().end() && name_of(head->second, true).canonical == "skills")
      if (auto match = qualified_match(parts.back()); match && match->canonical == "skills") return *match;
  for (const auto& part : parts) {
    if (auto match = qualified_match(part, adjective_after && part.size() == words.size())) {
      if (synonym_index().count(join(part, " "))) match->exact_part = join(part, " ");
      if (match->canonical == "volunteer") return *match;
      if (!first) first = match;
      if (first->canonical != "certifications") return *first;
    }
  }
  return first.value_or(SectionName{});
}

bool heading_names(std::string_view heading, std::string_view canonical) {
  auto words = split_words(normalise_heading(heading));
  std::vector<std::string> part;
  for (size_t i = 0; i <= words.size(); ++i) {
    if (i < words.size() && !is_joiner(words[i])) {
      part.push_back(words[i]);
      continue;
    }
    if (auto match = qualified_match(part); match && match->canonical == canonical) return true;
    part.clear();
  }
  return false;
}

size_t rail_label_length(std::string_view text) {
  size_t gap = text.find("   ");
  size_t tab = text.find('\t');
  if (tab < gap) gap = tab;
  if (gap == std::string_view::npos || gap == 0) return 0;
  return gap;
}

namespace {

/// Every significant word starts with a capital ("Relevant Work Experience").
bool is_title_case(std::string_view text) {
  bool any = false;
  for (const auto& word : split_words(collapse_spaces(text))) {
    if (word.size() <= 3 && word != "Art") continue;  // "of", "and", "&"
    auto unicode = icu::UnicodeString::fromUTF8(word);
    UChar32 first = unicode.char32At(0);
    if (u_isalpha(first) && !u_isupper(first)) return false;
    any = true;
  }
  return any;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

}  // namespace

double body_font_size(const Document& document) {
  std::vector<double> sizes;
  for (const auto& line : document.lines)
    for (const auto& run : line.runs)
      if (run.size > 0) sizes.push_back(run.size);
  return median(std::move(sizes));
}

namespace {

class Detector {
 public:
  explicit Detector(const Document& document) : document_(document) {
    body_size_ = body_font_size(document);
    format_headings_ = std::count_if(document.lines.begin(), document.lines.end(), [](const Line& line) { return line.heading; });
    for (const auto& line : document.lines)
      if (line.location.box) page_right_[line.location.page] = std::max(page_right_[line.location.page], line.location.box->x1);
    if (body_size_ > 0) rail_edge_ = find_rail_edge();
  }

  std::vector<DetectedHeading> run() const {
    std::vector<DetectedHeading> mapped;
    std::vector<DetectedHeading> unmapped;
    const auto& lines = document_.lines;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!in_flow(lines[i]) || (lines[i].list_item && !marked_section(lines[i]))) continue;
      if (in_table_header_row(i) || names_columns(i) || is_grid_label(lines[i].text) || labels_entry_field(i)) continue;
      // "Werkervaring 1" under "WERKERVARING"; not "Esperienze lavorative 4", a heading with its count.
      if (auto caption = numbered_caption_of(lines[i].text); !caption.empty() && !mapped.empty() && caption == mapped.back().name.canonical)
        continue;
      if (auto hit = mapped_heading(i)) {
        if (labels_skill_group(*hit, mapped) || labels_group_under_format_heading(*hit, mapped)) continue;
        // "EXPERIENCIA LABORAL" / "02": the section's number in a badge, read after its name, goes with it.
        if (size_t next = i + hit->line_count; next < lines.size() && is_badge_number(trim(lines[next].text))) ++hit->line_count;
        bool line_above_free = mapped.empty() || mapped.back().line + mapped.back().line_count + 1 < i;
        if (hit->body_offset > 0 && line_above_free && content_above_label(i)) hit->lead_lines = 1;
        i += hit->line_count - 1;
        mapped.push_back(std::move(*hit));
      } else if (candidate_shape(i)) {
        auto heading = plain_heading(i);
        // Mapped only by a word that does not end it ("Sr Software Engineer"): not a section name.
        if (!heading.name.exact && !heading.name.head_final) heading.name = {};
        unmapped.push_back(std::move(heading));
      }
    }
    return merge(std::move(mapped), unmapped);
  }

 private:
  /// "Languages    Kotlin, Java, Go" under Skills: a group's label beside its list, not a section.
  bool labels_skill_group(const DetectedHeading& hit, const std::vector<DetectedHeading>& mapped) const {
    if (among_group_labels(hit, mapped)) return true;
    if (hit.body_offset == 0 || mapped.empty()) return false;
    // "Muttersprache(n)   Deutsch", "Technical   Java, Go" under Skills or Languages: a rail label no ATS maps
    // labels a group there, not a section.
    const auto& section = mapped.back().name.canonical;
    if (hit.name.canonical.empty() && (section == "skills" || section == "languages" || section == "contact")) return true;
    if (section != "skills") return false;
    auto beside = layout_text(document_.lines[hit.line]).substr(hit.body_offset);
    // "Research   Usability testing   Contextual inquiry   Card sorting": chips beside a label in the skills
    // section name a group however the label reads; a section opens on an entry ("Experience   Engineer … 2019").
    int cells = 0;
    for (size_t at = 0; at < beside.size();) {
      auto start = beside.find_first_not_of(' ', at);
      if (start == std::string::npos) break;
      ++cells;
      at = std::min(beside.find("   ", start), beside.size());
    }
    // Only under a heading of its own line: in a rail of section labels ("Skills   Python   Go" / "Experience
    // Senior Engineer   Google   Zürich") the next label opens the next section.
    bool chips = cells >= 3 && !find_date(beside) && mapped.back().body_offset == 0;
    if (hit.name.canonical != "languages" && hit.name.canonical != "skills") return chips;
    return chips || beside.find(',') != std::string::npos;
  }

  /// "## Skills" over "Research:   Usability Testing, Card Sorting, Journey Mapping": where the format marks the
  /// sections (Markdown's "#", Word's heading styles), a plain label naming a section, its items beside it, labels a
  /// group of the list section above; not "Experience" over its entries on the lines below.
  bool labels_group_under_format_heading(const DetectedHeading& hit, const std::vector<DetectedHeading>& mapped) const {
    const auto& lines = document_.lines;
    if (mapped.empty() || hit.body_offset == 0 || lines[hit.line].heading || !lines[mapped.back().line].heading ||
        format_headings_ < 3 || !is_list_section(mapped.back().name.canonical) || styled(lines[hit.line]))
      return false;
    const auto spaced = layout_text(lines[hit.line]);
    auto items = std::string_view(spaced).substr(std::min(hit.body_offset, spaced.size()));
    return !find_date(items) && std::count(items.begin(), items.end(), ',') >= 2;
  }

  /// YAAC's margin labels sit a line below the top of their content ("EXPÉRIENCES" beside the employer's line, the
  /// job's title above it): the body line just above, set where the label's body starts and much closer to it than
  /// to the line above it, opens the section.
  bool content_above_label(size_t i) const {
    if (i < 2) return false;
    const auto& lines = document_.lines;
    const Line &line = lines[i], &above = lines[i - 1], &before = lines[i - 2];
    if (!line.location.box || !above.location.box || !before.location.box || above.location.page != line.location.page ||
        before.location.page != line.location.page)
      return false;
    auto cells = cells_of(line), above_cells = cells_of(above);
    if (cells.size() < 2 || above_cells.empty() || std::abs(above_cells.front().x0 - cells[1].x0) > 3) return false;
    double body_top = line.location.box->y1;  // the label may reach higher than the body beside it
    for (const auto& run : line.runs)
      if (run.location.box && run.location.box->x0 >= cells[1].x0 - 1) body_top = std::min(body_top, run.location.box->y0);
    double gap = body_top - above.location.box->y1;
    double gap_above = above.location.box->y0 - before.location.box->y1;
    // Boxes take in ascenders and descenders: lines of one paragraph may overlap a little.
    return gap > -above.location.box->height() / 2 && gap_above > std::max(gap, 0.0) + 8;
  }


  /// "LENGUAJES", "FRAMEWORKS", then "PRÁCTICAS" under "STACK TÉCNICO": a label in the type of two or more group
  /// labels above it in the skills section, and not in its heading's type, names a group (of practices), no section.
  bool among_group_labels(const DetectedHeading& hit, const std::vector<DetectedHeading>& mapped) const {
    if (mapped.empty() || mapped.back().name.canonical != "skills") return false;
    const auto& lines = document_.lines;
    auto look = style_of(lines[hit.line]);
    bool upper = is_upper_case_text(trim(lines[hit.line].text));
    auto alike = [&](const Line& line) {
      auto style = style_of(line);
      return style.bold == look.bold && std::abs(style.size - look.size) < 0.3 && line.column == lines[hit.line].column;
    };
    if (alike(lines[mapped.back().line])) return false;
    int labels = 0;
    for (size_t i = mapped.back().line + mapped.back().line_count; i < hit.line; ++i) {
      auto text = trim(lines[i].text);
      labels += !text.empty() && alike(lines[i]) && is_upper_case_text(text) == upper && count_words(text) <= 4 &&
                !lines[i].list_item && !find_date(text) && text.find(',') == std::string_view::npos;
    }
    return labels >= 2;
  }

  /// "Puesto   Prácticas en empresa": a form's row, its value no section's name however it reads.
  bool labels_entry_field(size_t i) const {
    auto spaced = layout_text(document_.lines[i]);
    size_t length = rail_label_length(spaced);
    if (length > 0 && names_entry_field(std::string_view(spaced).substr(0, length))) return true;
    // "Titulación: Grado en Ingeniería Informática": a form's labelled row, however its value reads.
    auto colon = spaced.find(": ");
    if (colon != std::string::npos && colon <= 30 && names_entry_field(std::string_view(spaced).substr(0, colon))) return true;
    // "Job Profile:" alone over a job's duties: the duties' label closes on its colon, the duties below.
    if (auto bare = trim(spaced); bare.size() <= 30 && bare.ends_with(':') && is_duties_label(bare.substr(0, bare.size() - 1))) return true;
    // "Tipo di contratto Attività svolte": two of a form's labels stacked in its rail and read as one line. Asked of
    // every line, so only of short ones: a label lookup per word gap.
    auto text = std::string(trim(document_.lines[i].text));
    if (text.size() > 60 || count_words(text) > 6) return false;
    for (auto space = text.find(' '); space != std::string::npos; space = text.find(' ', space + 1))
      if (names_entry_field(text.substr(0, space)) && names_entry_field(text.substr(space + 1))) return true;
    return false;
  }

  /// Where two or more rail labels naming a section start or end, and their type.
  struct RailEdge {
    double x = 0;
    bool flush_right = false;
    Style style;
    bool upper_case = false;
  };

  /// "EXPERIENCE   Staff Engineer…" / "EDUCATION   B.Sc.…": the edge of a rail of section labels, set flush left
  /// or flush right against the body; nullopt when no such rail is printed.
  std::optional<RailEdge> find_rail_edge() const {
    std::map<std::pair<long, bool>, std::vector<size_t>> edges;  // (edge, flush right) -> lines
    for (size_t i = 0; i < document_.lines.size(); ++i) {
      auto cells = cells_of(document_.lines[i]);
      if (cells.size() < 2) continue;
      if (auto name = canonical_section(cells.front().text); name.exact && !name.canonical.empty()) {
        edges[{std::lround(cells.front().x0), false}].push_back(i);
        edges[{std::lround(cells.front().x1), true}].push_back(i);
      }
    }
    auto most = std::max_element(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
    if (most == edges.end() || most->second.size() < 2) return std::nullopt;
    // The type most of them share: "formazione", a form label's wrapped last word, may stand first on the edge.
    auto shared = [&](size_t line) {
      auto look = style_of_label(document_.lines[line]);
      return std::count_if(most->second.begin(), most->second.end(), [&](size_t other) {
        auto style = style_of_label(document_.lines[other]);
        return style.bold == look.bold && std::abs(style.size - look.size) < 0.5;
      });
    };
    const Line& first = document_.lines[*std::max_element(most->second.begin(), most->second.end(),
                                                          [&](size_t a, size_t b) { return shared(a) < shared(b); })];
    return RailEdge{static_cast<double>(most->first.first), most->first.second, style_of_label(first),
                    is_upper_case_text(cells_of(first).front().text)};
  }

  static Style style_of_label(const Line& line) {
    const auto& run = line.runs.front();
    return {run.size, run.bold};
  }

  /// "EXTRACURRICULAR" / "INVOLVEMENT" on that rail, in the type and case of its section labels: a section's
  /// label, though no ATS maps it ("Muttersprache(n)" in Europass's lighter rail type is none).
  bool on_section_rail(size_t i, size_t length) const {
    if (!rail_edge_) return false;
    const Line& line = document_.lines[i];
    auto cells = cells_of(line);
    auto spaced = layout_text(line);
    auto label = trim(std::string_view(spaced).substr(0, length));
    // "Englisch   C1" under "Sonstige Sprachen": a language's row, no section.
    if (cells.empty() || !heading_shaped(label, 3) || is_spoken_language(label)) return false;
    // "Fechas   03/2021 – actualidad" / "Puesto   Jefa de Proyecto": a form's field labels share the section rail.
    if (names_entry_field(label)) return false;
    // "Senior Engineer, Backend   Jun 2021 – …" flush with a rail set at the margin: an entry, no label.
    if (label.find(',') != std::string_view::npos || title_score(label) > 0 || organisation_score(label) > 0 || institution_score(label) > 0)
      return false;
    // "Précis'Doubs Décolletage   Morteau": a few words flush with the right margin are an entry's town or dates.
    if (cells.size() == 2 && count_words(cells[1].text) <= 3 && line.location.box) {
      auto right = page_right_.find(line.location.page);
      if (right != page_right_.end() && right->second - cells[1].x1 < 3) return false;
    }
    double edge = rail_edge_->flush_right ? cells.front().x1 : cells.front().x0;
    auto style = style_of_label(line);
    return std::abs(edge - rail_edge_->x) < 2 && style.bold == rail_edge_->style.bold &&
           std::abs(style.size - rail_edge_->style.size) < 0.5 && (!rail_edge_->upper_case || is_upper_case_text(label));
  }

  /// "1. Experience" read as a numbered list item, "● Werkervaring" in heading type with a dot before it (Resume.io):
  /// still a section when the words name one.
  bool marked_section(const Line& line) const {
    bool numbered = !line.list_marker.empty() && std::isdigit(static_cast<unsigned char>(line.list_marker.front()));
    // Larger than the body, not bold alone: "• **Languages**" in a skills list is an item.
    bool larger = body_size_ > 0 && style_of(line).size >= body_size_ * 1.15;
    // "» EXPERIENCIA PROFESIONAL" in a printed text file: an arrow before capitals marks the heading, where the lines
    // around it carry no such arrow (a list of "▶ RETAIL" / "▶ EDUCATION" items does).
    // So does an ornament ("❖ EXPERIENCE" in ZapfDingbats).
    static const std::set<std::string, std::less<>> kArrows{"»", "›", "▶", "►", "❯", "➤", "→", "❖", "◆", "♦", "■", "◼", "✦", "✧"};
    auto index = static_cast<size_t>(&line - document_.lines.data());
    auto same_marker = [&](size_t k) { return k < document_.lines.size() && document_.lines[k].list_marker == line.list_marker; };
    bool arrowed = kArrows.contains(line.list_marker) && is_upper_case_text(line.text) && !same_marker(index + 1) &&
                   !(index > 0 && same_marker(index - 1));
    // Numbered, the heading maps as numbered headings do ("4." "EDUCATION & TRAINING": a compound whole).
    auto heading = numbered ? line.list_marker + " " + line.text : line.text;
    return (numbered || larger || arrowed) && canonical_section(heading).exact;
  }

  /// "Peakline Software", "Brightwave Solutions": a section word that also ends company names.
  static bool employer_like(std::string_view text) {
    if (organisation_score(text) > 0) return true;
    auto words = split_words(normalise_heading(text));
    static const char* const kEndings[] = {"software", "tools", "technologies", "programs", "portfolio", "training", "research"};
    return words.size() >= 2 && std::any_of(std::begin(kEndings), std::end(kEndings), [&](const char* e) { return words.back() == e; });
  }

  /// "Opleiding | Onderwijsinstelling | Periode | Diploma": a word processor table's header row names its
  /// columns, however one of them reads; a layout table's row holds a heading beside whole paragraphs.
  bool in_table_header_row(size_t i) const {
    const auto& spot = document_.lines[i].table_spot;
    if (!spot) return false;
    std::set<int> columns;
    int labels = 0;  // cells naming an entry field ("Institution", "Periode"), as a data table's header does
    for (size_t k = i >= 8 ? i - 8 : 0; k < document_.lines.size() && k <= i + 8; ++k) {
      const auto& other = document_.lines[k].table_spot;
      if (!other || other->table != spot->table || other->row != spot->row || trim(document_.lines[k].text).empty()) continue;
      if (count_words(document_.lines[k].text) > 3) return false;
      columns.insert(other->column);
      labels += names_table_column(trim(document_.lines[k].text)) ? 1 : 0;
    }
    return columns.size() >= 3 && labels + 1 >= static_cast<int>(columns.size());
  }

  /// "Skill Name   Version   Last Used   Experience" over rows of a table drawn without cells: short labels, the
  /// first no section's name, head the columns the row below starts in. A rail's "Experience   Engineer   Acme"
  /// opens on its section's name; a rail label's chips ("Technical   Java   Python") have no row under them.
  bool names_columns(size_t i) const {
    if (document_.lines[i].runs.size() < 3) return false;  // asked of every line: the cheap test first
    auto cells = cells_of(document_.lines[i]);
    if (cells.size() < 3) return false;
    // "opleiding   niveau   onderwijsinstelling   periode   diploma": a first label naming a section heads a table only
    // with four columns or more, each over a cell of the row below; else it heads its section ("Skills   Python   Go").
    bool section_first = canonical_section(trim(cells.front().text)).exact;
    // Three will do when the others name columns too and a heading stands above ("Bijkomende opleidingen" over
    // "Opleiding   Organisator   Jaar"); without one, "Education   Institution   Year" is the section's own heading.
    auto others_name_columns = [&] {
      return i > 0 && canonical_section(trim(document_.lines[i - 1].text)).exact &&
             std::all_of(cells.begin() + 1, cells.end(), [](const auto& cell) { return names_table_column(trim(cell.text)); });
    };
    if (section_first && cells.size() < 4 && !others_name_columns()) return false;
    // Set far apart, not a heading kerned apart mid-word ("E xpe riences professionnel l es").
    double size = style_of(document_.lines[i]).size;
    for (size_t k = 1; k < cells.size(); ++k)
      if (cells[k].x0 - cells[k - 1].x1 < 2.5 * size) return false;
    // A row below starts its cells where these start: "Java   17   2024   9 Years" under the labels.
    if (i + 1 >= document_.lines.size()) return false;
    auto row = cells_of(document_.lines[i + 1]);
    // Flush left, or centred under the label ("diploma" over "nee").
    auto aligned = std::count_if(cells.begin(), cells.end(), [&](const auto& label) {
      return std::any_of(row.begin(), row.end(), [&](const auto& cell) {
        double centre = (cell.x0 + cell.x1) / 2;
        return std::abs(cell.x0 - label.x0) < 4 || (section_first && centre > label.x0 && centre < label.x1);
      });
    });
    if (aligned < 3 || (section_first && aligned < static_cast<long>(cells.size()))) return false;
    return std::all_of(cells.begin(), cells.end(), [](const auto& cell) {
      return count_words(cell.text) <= 3 && std::none_of(cell.text.begin(), cell.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    });
  }

  static bool in_flow(const Line& line) {
    return line.zone == Zone::Body || line.zone == Zone::TableCell || line.zone == Zone::TextBox;
  }

  /// The body's colour (the most characters) and the colours two or more lines naming a section exactly share.
  struct Colours {
    uint32_t body = 0;
    std::set<uint32_t> headings;
  };

  /// Measured the first time a line's colour is asked about: most documents never are.
  const Colours& colours() const {
    if (colours_) return *colours_;
    std::map<uint32_t, size_t> characters;
    std::map<uint32_t, int> section_names;
    for (const auto& line : document_.lines) {
      for (const auto& run : line.runs) characters[run.color] += run.text.size();
      if (!line.runs.empty() && line.block_start && count_words(line.text) <= 4 && canonical_section(trim(line.text)).exact)
        ++section_names[line.runs.front().color];
    }
    Colours measured;
    auto most = std::max_element(characters.begin(), characters.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (most != characters.end()) measured.body = most->first;
    for (const auto& [colour, count] : section_names)
      if (count >= 2) measured.headings.insert(colour);
    return colours_.emplace(std::move(measured));
  }

  /// Set wholly in a hue the body text is not and the section names share ("Grants and Awards" in red small
  /// capitals beside "Education" and "Skills" in red); greys are body shades.
  bool in_heading_colour(const Line& line) const {
    auto chromatic = [](uint32_t rgb) {
      int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
      return std::max({r, g, b}) - std::min({r, g, b}) >= 48;
    };
    if (line.runs.empty() || !chromatic(line.runs.front().color) || !colours().headings.count(line.runs.front().color)) return false;
    return std::all_of(line.runs.begin(), line.runs.end(), [&](const TextRun& run) {
      return (run.color != colours().body && run.color == line.runs.front().color) || trim(run.text).empty();
    });
  }

  bool styled(const Line& line) const {
    auto style = style_of(line);
    return style.bold || (body_size_ > 0 && style.size >= body_size_ * 1.15);
  }

  /// "EXP ÉRI ENC E PROF ESSI ONNE LLE": letter-spaced capitals kerned into many pieces that join into a known name.
  /// Capitals first: every long body line passes here, and the section lookup is the costly part.
  static bool known_capital_fragments(std::string_view text) {
    bool capitals = std::none_of(text.begin(), text.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    return capitals && canonical_section(text).exact;
  }

  /// "Berufserfahrung (3)", "Experience (4)": an applicant tracker's count of the entries after the heading.
  static std::string_view without_count(std::string_view text) {
    // "Work Experience · 3 yrs 9 mos", "Projects · 4"
    if (auto dot = text.rfind(" · "); dot != std::string_view::npos && dot > 0 && counts_or_lasts(text.substr(0, dot), text.substr(dot + 3)))
      return trim(text.substr(0, dot));
    if (!text.ends_with(')')) return text;
    auto open = text.rfind(" (");
    if (open == std::string_view::npos || open == 0 || text.size() - open > 6) return text;
    auto inside = text.substr(open + 2, text.size() - open - 3);
    bool number = !inside.empty() && std::all_of(inside.begin(), inside.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return number ? trim(text.substr(0, open)) : text;
  }

  /// "EXPERIENCIA PROFESIONAL / Lan esperientzia": a bilingual region's heading, its first language's name in capitals.
  static bool bilingual_heading(std::string_view text) {
    auto slash = text.find(" / ");
    return slash != std::string_view::npos && count_words(text.substr(slash + 3)) <= 4 && is_upper_case_text(text.substr(0, slash)) &&
           canonical_section(trim(text.substr(0, slash))).exact;
  }

  /// Short, no sentence punctuation, no digits, dates or contact details.
  static bool heading_shaped(std::string_view text, int max_words) {
    text.remove_prefix(section_number_length(text));
    text = without_count(text);
    text = without_rules(text);
    text = without_form_remark(text);
    // "E X P É R I E N C E S": letter-spaced words count once.
    // "FO R M AC I Ó N": kerning pairs in letter-spaced capitals leave the letters no word gaps to count by.
    if (text.empty() || text.size() > 60 ||
        (count_words(text) > max_words && count_words(normalise_heading(text)) > max_words && !letter_spaced(text) &&
         !known_capital_fragments(text)))
      return false;
    char last = text.back();
    if (last == '.' || last == ',' || last == ';' || last == '!' || last == '?') return false;
    // "Embedded-Software-" over "Ingenieurin": a word broken at its hyphen goes on below; no heading ends so.
    if (last == '-' && text.size() >= 2 && std::isalpha(static_cast<unsigned char>(text[text.size() - 2]))) return false;
    if (std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    // "Econômica, Curitiba": the end of an employer's name wrapped with its town; no heading closes on a town.
    if (auto comma = text.rfind(", "); comma != std::string_view::npos && is_location(trim(text.substr(comma + 2)))) return false;
    return !has_contact_detail(text);
  }

  /// "EXPERIÊNCIA PROFISSIONAL (da mais recente para a mais antiga)": a form's remark in lower case after a name in
  /// capitals. Not dates ("Nippon Yusen Kaisha (2011- 2012)"), a list ("SKILLS (JAVA, SPRING)") or a line of a job
  /// ("Training (internal courses …)").
  static std::string_view without_form_remark(std::string_view text) {
    auto open = text.rfind(" (");
    if (open == std::string_view::npos || open == 0 || !text.ends_with(")")) return text;
    auto remark = text.substr(open + 2), head = text.substr(0, open);
    if (remark.find_first_of("0123456789") != std::string_view::npos || !starts_lower(remark)) return text;
    // "Beruflicher Werdegang (beginnend mit der aktuellen Tätigkeit)": in any case after a section's exact name.
    if (!is_upper_case_text(head) && !canonical_section(trim(head.substr(section_number_length(head)))).exact) return text;
    return head;
  }

  /// "---[ PROFILE ]-----…" ruled out to the 79th column in a mailing-list CV: the rules on either side are no
  /// part of the heading's length. Only runs of three or more ("Embedded-Software-" keeps its hyphen).
  static std::string_view without_rules(std::string_view text) {
    constexpr std::string_view kRule = "-=_*~#+";
    auto run_at_start = text.find_first_not_of(kRule), run_at_end = text.find_last_not_of(kRule);
    if (run_at_start == std::string_view::npos) return text;
    size_t from = run_at_start >= 3 ? run_at_start : 0;
    size_t to = text.size() - run_at_end - 1 >= 3 ? run_at_end + 1 : text.size();
    return trim(text.substr(from, to - from));
  }

  DetectedHeading plain_heading(size_t i) const {
    DetectedHeading heading;
    heading.line = i;
    heading.text = std::string(trim(document_.lines[i].text));
    heading.text.erase(0, section_number_length(heading.text));  // the words are the heading, not "2"
    if (heading.text.ends_with(':')) heading.text = std::string(trim(heading.text.substr(0, heading.text.size() - 1)));
    heading.name = canonical_section(heading.text);
    return heading;
  }

  /// The heading joined with the short line below it in the same type and case, when the two together name a
  /// section exactly; nullopt otherwise.
  std::optional<DetectedHeading> join_line_below(DetectedHeading heading, int max_words) const {
    size_t next = heading.line + heading.line_count;
    if (next >= document_.lines.size()) return std::nullopt;
    const Line& below = document_.lines[next];
    auto text = trim(below.text);
    if (text.empty() || count_words(join_letter_spacing(std::string(text))) > max_words || below.list_item ||
        !same_type(document_.lines[heading.line], below) ||
        is_upper_case_text(text) != is_upper_case_text(heading.text))
      return std::nullopt;
    heading.text.append(" ").append(text);
    heading.name = canonical_section(heading.text);
    if (heading.name.canonical.empty() || !heading.name.exact) return std::nullopt;
    ++heading.line_count;
    return heading;
  }

  /// Europass's rail: "ESPERIENZA" / "PROFESSIONALE", "ISTRUZIONE E" / "FORMAZIONE": a heading wrapped onto a
  /// short line in the same type, when the whole still names its section.
  DetectedHeading joined_below(const DetectedHeading& heading) const {
    auto joined = join_line_below(heading, 2);
    if (!joined) return heading;
    // "FORMAÇÃO" / "COMPLEMENTAR": a qualifier below, no section's name alone, may turn the section into another.
    auto below = trim(document_.lines[heading.line + heading.line_count].text);
    bool qualifier = canonical_section(below).canonical.empty() && count_words(join_letter_spacing(std::string(below))) == 1;
    return joined->name.canonical == heading.name.canonical || qualifier ? *joined : heading;
  }

  /// Set in the top tenth of the first page, where a portal's band titles the document ("lavoroturismo.it   CURRICULUM
  /// VITAE"), though the band's other side is read first.
  bool in_top_band(const Line& line) const {
    // Not "RÉSUMÉ": French for a summary, a section's heading however high on the page.
    if (auto folded = fold_case(trim(line.text)); folded.starts_with("résumé") || folded.starts_with("resume")) return false;
    if (!line.location.box || line.location.page != 1 || document_.pages.empty() || document_.pages.front().height <= 0) return false;
    return line.location.box->y1 < 0.1 * document_.pages.front().height;
  }

  /// "tes   Jobs   Resources   Magazine   My profile": a site's menu, four or more short items spaced apart, whose
  /// last one only sounds like a section.
  static bool menu_bar(const Line& line) {
    auto items = split_cells(layout_text(line));
    return items.size() >= 4 && std::all_of(items.begin(), items.end(), [](const std::string& item) { return count_words(item) <= 2; });
  }

  std::optional<DetectedHeading> mapped_heading(size_t i) const {
    const Line& line = document_.lines[i];
    auto text = trim(line.text);
    if (!line.heading && has_link(line)) return std::nullopt;  // "LinkedIn · Portfolio" links, not a heading
    // "(STAGE)" wrapped under a title: an aside, never a section; "(b) APPOINTMENTS" is a form's lettered part.
    if (text.starts_with("(") && section_number_length(text) == 0) return std::nullopt;
    // "RESUME" over the name titles the document (though French "Résumé" is a summary heading).
    if (is_document_title(text) && (std::all_of(document_.lines.begin(), document_.lines.begin() + static_cast<std::ptrdiff_t>(i),
                                                [](const Line& above) { return trim(above.text).empty(); }) ||
                                    in_top_band(line)))
      return std::nullopt;
    if (line.heading) {
      auto heading = plain_heading(i);
      // "### Fietsdata — Software Engineer": a word inside an entry's title maps nothing.
      // "Stagista Sviluppo Software": a job title ending in a field's name names no section.
      // "### Mestrado Integrado em Engenharia Informática e Computação": a degree heading its school's entry.
      bool named = heading.name.exact || (heading.name.head_final && title_words_only_in_part(text, heading.name) &&
                                          degree_length(text) == 0);
      if (heading.name.canonical.empty() || !named) return std::nullopt;  // judged with the unmapped ones
      return joined_below(heading);
    }
    // "▸ Plan de développement des" / "compétences": a lower-case line going on a paragraph heads nothing.
    // "…, First Class" / "Honours": a long line in the same type left open wraps onto it.
    bool wraps_above = i > 0 && !is_upper_case_text(text) && wraps_open_line(document_.lines[i - 1], line);
    bool continues_paragraph = (starts_lower(text) || wraps_above) && !line.block_start && !styled(line);
    // "Diplôme d'ingénieur – Mathématiques appliquées et" / "Informatique": a bold line left on a link word goes on.
    continues_paragraph = continues_paragraph || (i > 0 && !line.block_start && count_words(trim(document_.lines[i - 1].text)) >= 3 &&
                                                  ends_with_connector(trim(document_.lines[i - 1].text)) &&
                                                  same_type(document_.lines[i - 1], line));
    // "Grants &" over "Awards": a name left open on a connector is read with its next line below; not the last
    // letter of letter-spaced capitals ("F O R M A Ç Ã O").
    bool left_open = ends_with_connector(text) && !letter_spaced(text);
    if (heading_shaped(text, 6) && !continues_paragraph && !left_open &&
        (rail_label_length(text) == 0 || canonical_section(text).exact)) {
      auto name = canonical_section(text);
      // Title Case alone is evidence only without fonts (plain text); a degree line never is.
      // "Peakline Software" over "Product Manager | 2018–2020" is an employer, not a Software section.
      bool title_case = body_size_ == 0 && is_title_case(text) && count_words(text) <= 4 &&
                        (name.exact || !employer_like(text) || !next_line_dated(i));
      // A site's menu tops the first page; a row of headings side by side ("b   Kenntnisse   Sprachen   Zertifikate") sits
      // lower.
      bool tops_page = i < 2;
      bool strong = name.exact || (name.head_final && degree_length(text) == 0 && title_words_only_in_part(text, name) && !(tops_page && menu_bar(line)) &&
                                   (styled(line) || is_upper_case_text(text) || text.ends_with(':') || title_case ||
                                    (line.block_start && employer_words(text) == 0 && in_heading_colour(line))));
      if (!name.canonical.empty() && (strong || bilingual_heading(text))) return joined_below(plain_heading(i));
    }
    if (auto wrapped = heading_wrapped_after_connector(i)) return wrapped;
    return rail_heading(i);
  }

  /// Europass's rail: "Schul- und" / "Berufsbildung", "Education and" / "training": a styled line left open on
  /// a connector, whose next line in the same type completes a section's name.
  std::optional<DetectedHeading> heading_wrapped_after_connector(size_t i) const {
    auto text = trim(document_.lines[i].text);
    if (!styled(document_.lines[i]) || count_words(text) > 4) return std::nullopt;
    if (ends_with_connector(text)) return join_line_below(plain_heading(i), 3);
    // LinkedIn's narrow column: "Principales" / "compétences", a word naming nothing over the section's own name,
    // which the two name together.
    if (count_words(text) > 2 || !canonical_section(text).canonical.empty() || i + 1 >= document_.lines.size() ||
        !canonical_section(document_.lines[i + 1].text).exact)
      return std::nullopt;
    return join_line_below(plain_heading(i), 1);
  }

  /// A line of several words in the same type as the next, ending on a letter or a word broken at a hyphen
  /// ("… Ansprechpartner für Firewall-" / "Projekte (FortiGate)"): it did not end there.
  static bool wraps_open_line(const Line& above, const Line& line) {
    auto text = trim(above.text);
    if (text.size() >= 2 && text.back() == '-') text.remove_suffix(1);
    return !text.empty() && count_words(text) >= 4 && std::isalpha(static_cast<unsigned char>(text.back())) && same_type(above, line);
  }

  bool beside_form_field(size_t i) const {
    const auto& lines = document_.lines;
    // In plain text, in the same paragraph: "Skills:   SAP HR" after a blank line below "Year:  2015" heads a section.
    bool plain = document_.format == Format::Txt || document_.format == Format::Md;
    auto joined = [&](size_t from, size_t to) {
      for (size_t k = from + 1; k <= to; ++k)
        if (plain && lines[k].block_start) return false;
      return true;
    };
    auto form = [&](size_t k) {
      return k < lines.size() && k != i && is_form_field(trim(lines[k].text)) && joined(std::min(i, k), std::max(i, k));
    };
    return (i > 0 && form(i - 1)) || form(i + 1) || (i > 1 && form(i - 2)) || form(i + 2);
  }

  /// A line centred on the page, away from its left margin: a heading with a gap inside it, no rail label
  /// ("E xpe riences   professionnel l es" in letter-spaced small capitals).
  bool is_centred(const Line& line) const {
    int page = line.location.page;
    if (!line.location.box || page < 1 || static_cast<size_t>(page) > document_.pages.size()) return false;
    double width = document_.pages[static_cast<size_t>(page) - 1].width;
    const Box& box = *line.location.box;
    // Not "Profil   Controller mit über zehn Jahren …": a rail label before a paragraph as wide as the text.
    return width > 0 && box.x0 > 0.2 * width && box.width() < 0.5 * width && std::abs((box.x0 + box.x1) / 2 - width / 2) < 0.03 * width;
  }

  /// "Rudolf-Rempel-Berufskolleg /" left of "Ausbildung   Fachkraft für Lagerlogistik   08/2008": a table row's cell
  /// wrapped beside the line, so its first word is a cell (the degree), not a label on the rail, which has none left of it.
  bool text_left_beside(size_t i) const {
    const auto& lines = document_.lines;
    if (!lines[i].location.box) return false;
    const Box& here = *lines[i].location.box;
    for (size_t k : {i - 1, i + 1}) {
      if (k >= lines.size() || !lines[k].location.box || lines[k].location.page != lines[i].location.page) continue;
      const Box& beside = *lines[k].location.box;
      double overlap = std::min(here.y1, beside.y1) - std::max(here.y0, beside.y0);
      if (overlap > 0.3 * here.height() && beside.x1 < here.x0 - 2) return true;
    }
    return false;
  }

  /// "Experience      Staff Engineer ..." or "Technical   Java" / "Skills   Spring".
  /// The line above or below is a form's row naming a field of an entry ("Periode   : 2012 - 2016").
  bool beside_entry_field(size_t i) const {
    for (size_t k : {i - 1, i + 1}) {
      if (k >= document_.lines.size()) continue;  // i - 1 wraps round at the first line
      if (document_.lines[std::max(i, k)].block_start) continue;  // a blank line between: another block ("Talen   : …")
      auto row = layout_text(document_.lines[k]);
      auto length = rail_label_length(row);
      if (length > 0 && trim(std::string_view(row).substr(length)).starts_with(':') && names_entry_field(trim(std::string_view(row).substr(0, length))))
        return true;
    }
    return false;
  }

  std::optional<DetectedHeading> rail_heading(size_t i) const {
    const auto& lines = document_.lines;
    auto spaced = layout_text(lines[i]);
    auto text = std::string_view(spaced);
    size_t length = rail_label_length(text);
    // "Grants &" alone on the rail over "Awards   • 2024 …": a label's first line with nothing beside it.
    bool alone = length == 0 && cells_of(lines[i]).size() == 1 && on_section_rail(i, text.size());
    if (alone) length = text.size();
    if (length == 0 || !heading_shaped(trim(text.substr(0, length)), 3) || is_centred(lines[i]) || text_left_beside(i))
      return std::nullopt;
    auto label = std::string(trim(text.substr(0, length)));
    // "Company: Acme" / "Designation: …" / "Project: …": a label among a job's form fields.
    // "Education:   Institution: …" heads a school's form: its own value is a field of it.
    if (label.ends_with(':') && beside_form_field(i) && !is_form_field(trim(text.substr(length)))) return std::nullopt;
    // "Opleiding         : HBO-Verpleegkunde" under "Periode           : 2012 - 2016": a plain-text form's label among
    // the rows of one entry, its colon set apart before the value; not "Skills        : Excel, SAP" among sections.
    if (trim(text.substr(length)).starts_with(':') && beside_entry_field(i)) return std::nullopt;
    auto name = canonical_section(label);
    size_t count = 1;
    bool known = !name.canonical.empty() && name.exact;
    // "Indirizzo   Contrà San Marco 27…" over "Cellulare   +39 …": a form's personal details, no section.
    if (!known && is_personal_detail_label(label)) return std::nullopt;
    // "Leaving Certificate   2014": a degree with its year beside it is an entry, no label of the rail.
    if (!known && degree_length(label) > 0 && is_date_only(text.substr(length))) return std::nullopt;
    // "Research" / "Interests": a label wrapped onto the rail's next line is named whole.
    if (auto wrapped = wrapped_rail_label(i, label, length, known)) {
      label = wrapped->text;
      name = wrapped->name;
      count = wrapped->line_count;
    } else if (alone || (!known && !on_section_rail(i, length))) {
      return std::nullopt;
    } else if (!known) {
      name = {};
    }
    if (count == 1 && (ends_label_above(i) || ends_open_label_above(i, label))) return std::nullopt;
    DetectedHeading heading;
    heading.line = i;
    heading.line_count = count;
    heading.text = label;
    heading.name = name;
    // "Esperienze lavorative   4": a site's count of the entries beside the heading is no content of the section.
    // "Berufserfahrung   aus Lebenslauf übernommen": an applicant system's lower-case note beside the heading, neither.
    auto beside = trim(text.substr(length));
    bool note = known && starts_lower(beside) && count_words(beside) <= 4 && beside.find_first_of("0123456789,:") == std::string_view::npos;
    heading.body_offset = is_badge_number(beside) || counts_label(beside, label) || note ? 0 : length;
    return heading;
  }

  /// The rail label of line `i` joined with the label on the rail's next line (maybe past a stray grid line), when
  /// the two name a section together, or both stand on a rail of section labels; nullopt otherwise. A label that
  /// names a section alone (`known`) joins only into a name, or after a connector.
  std::optional<DetectedHeading> wrapped_rail_label(size_t i, const std::string& label, size_t length, bool known) const {
    const auto& lines = document_.lines;
    for (size_t next = i + 1; next < lines.size() && next <= i + 2; ++next) {
      auto next_text = layout_text(lines[next]);
      size_t next_length = rail_label_length(next_text);
      if (next_length == 0 && label_alone_below(i, next)) next_length = next_text.size();
      if (next_length == 0) continue;
      DetectedHeading joined;
      joined.text = label + " " + std::string(trim(std::string_view(next_text).substr(0, next_length)));
      joined.name = canonical_section(joined.text);
      joined.line_count = next - i + 1;
      if (!joined.name.canonical.empty() && joined.name.exact) return joined;
      // "Grants &" / "Awards": a label left open on a connector goes on below.
      if (ends_with_connector(label) && joined.name.head_final && heading_shaped(joined.text, 4)) return joined;
      if (known) return std::nullopt;
      if (!on_section_rail(i, length) || !on_section_rail(next, next_length) || canonical_section(next_text.substr(0, next_length)).exact)
        return std::nullopt;
      joined.name = {};
      return joined;
    }
    return std::nullopt;
  }

  /// res.cls's "FORMACIÓN" / "COMPLEMENTARIA", set a little higher than the body line beside it: the label's second
  /// line stands alone on the rail, under the label, in the label's type.
  bool label_alone_below(size_t i, size_t next) const {
    const auto& lines = document_.lines;
    auto above = cells_of(lines[i]), below = cells_of(lines[next]);
    if (above.size() < 2 || below.size() != 1) return false;
    // On the rail: left of the body, under the label (flush left, flush right or centred).
    double overlap = std::min(above.front().x1, below.front().x1) - std::max(above.front().x0, below.front().x0);
    bool aligned = below.front().x1 < above[1].x0 - 2 &&
                   overlap >= 0.5 * std::min(above.front().x1 - above.front().x0, below.front().x1 - below.front().x0);
    return aligned &&
           lines[next].location.page == lines[i].location.page && same_style(style_of_label(lines[i]), style_of_label(lines[next])) &&
           is_upper_case_text(above.front().text) == is_upper_case_text(below.front().text) && count_words(below.front().text) <= 2;
  }

  /// "• Nome e tipo di istituto di istruzione o" / "formazione": a lower-case word on the rail ends the label above,
  /// left open on a connector at the same edge, however the two were typeset.
  bool ends_open_label_above(size_t i, std::string_view label) const {
    if (i == 0 || !starts_lower(label)) return false;
    auto above = cells_of(document_.lines[i - 1]), here = cells_of(document_.lines[i]);
    if (above.empty() || here.empty() || !ends_with_connector(above.front().text)) return false;
    return std::abs(above.front().x1 - here.front().x1) < 2 || std::abs(above.front().x0 - here.front().x0) < 2;
  }

  /// Europass's "Organisatorische   Budget- und …" / "Kompetenzen   vents bis …": a rail label's second word,
  /// right under its first in the same type, edge and paragraph, and no section's name by itself.
  bool ends_label_above(size_t i) const {
    if (i == 0 || document_.lines[i].block_start) return false;
    auto above = cells_of(document_.lines[i - 1]), here = cells_of(document_.lines[i]);
    if (above.size() < 2 || here.size() < 2 || count_words(above.front().text) > 3) return false;
    // "2012 – 2016" over "Skills" in a date rail: a date is no label's first line.
    auto first = above.front().text;
    if (std::any_of(first.begin(), first.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return false;
    bool aligned = std::abs(above.front().x1 - here.front().x1) < 2 || std::abs(above.front().x0 - here.front().x0) < 2;
    const TextRun& upper = document_.lines[i - 1].runs.front();
    const TextRun& lower = document_.lines[i].runs.front();
    bool same_label_type = upper.bold == lower.bold && std::abs(upper.size - lower.size) < 0.5;
    return aligned && same_label_type && canonical_section(above.front().text).canonical.empty() &&
           !ends_sentence(above.back().text);
  }


  static bool has_link(const Line& line) {
    return std::any_of(line.runs.begin(), line.runs.end(), [](const TextRun& run) { return !run.link.empty(); });
  }

  /// An unmapped heading must look like a heading on its own: capitals or styling.
  bool candidate_shape(size_t i) const {
    const Line& line = document_.lines[i];
    auto text = trim(line.text);
    if (line.heading) return true;
    if (next_is_profile_metadata(i)) return false;  // "SAP IBP" / "Head of Planning at Brightwell Foods": a LinkedIn skill
    if (has_link(line)) return false;
    if (!heading_shaped(text, 5) || find_date(text) || letter_count(text) < 5 || text.starts_with("(")) return false;  // "(STAGE)"
    if (title_score(text) > 0) return false;  // a job title in bold is an entry, not a section
    // "FACULDADE DE ENGENHARIA DA UNIVERSIDADE" / "DO PORTO": a name in capitals going on after its link word.
    if (i > 0 && continues_school_in_capitals(document_.lines[i - 1].text, text)) return false;
    auto degree = degree_length(text);
    if (degree >= text.size()) return false;  // so is a degree alone in capitals ("VMBO-TL", "MBA")
    // "CFC de logisticien, orientation entreposage" in bold: a degree and its field head an entry.
    // Not "Studium und Schulbildung", which names a section.
    if (degree > 0 && !is_upper_case_text(text) && count_words(text) >= 3 && canonical_section(text).canonical.empty()) return false;
    if (in_language_grid(i)) return false;                  // "EXPRESIÓN" / "ESCRITA": a column head of Europass's grid
    // "Cognome" over "FERRARINI": a form's personal-detail label in bold, and the value under it, head no section.
    if (is_personal_detail_label(text) || (i > 0 && is_personal_detail_label(document_.lines[i - 1].text))) return false;
    if (is_upper_case_text(text) || styled(line)) return true;
    // Plain text: a short Title Case line after a blank, naming no job, employer or
    // place, with entries (dates or bullets) right under it.
    return body_size_ == 0 && line.block_start && count_words(text) <= 3 && is_title_case(text) &&
           title_score(text) == 0 && organisation_score(text) == 0 && institution_score(text) == 0 &&
           !is_location(text) && rail_label_length(text) == 0 && entry_follows(i) &&
           !(next_line_dated(i) && employer_like(text));  // "Peakline Software" / "Manager | 2018–2020"
  }

  /// A line of Europass's language grid, or a word of it with another of its lines beside it.
  bool in_language_grid(size_t i) const {
    if (is_language_grid_line(layout_text(document_.lines[i]))) return true;  // "COMPRENDER   HABLAR"
    if (!is_language_grid_word(document_.lines[i].text)) return false;
    for (size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < document_.lines.size(); ++k)
      if (k != i && (is_language_grid_line(layout_text(document_.lines[k])) || is_language_grid_word(document_.lines[k].text))) return true;
    return false;
  }

  bool next_is_profile_metadata(size_t i) const {
    for (size_t next = i + 1; next < document_.lines.size(); ++next)
      if (!trim(document_.lines[next].text).empty()) return is_profile_metadata(document_.lines[next].text);
    return false;
  }

  bool next_line_dated(size_t i) const {
    for (size_t next = i + 1; next < document_.lines.size(); ++next)
      if (!trim(document_.lines[next].text).empty()) return find_date(document_.lines[next].text).has_value();
    return false;
  }

  /// "Wealthsimple" / "Senior Engineer" / "March 2023 - Present": a date within three lines, before any bullet.
  bool dated_soon(size_t i) const {
    int seen = 0;
    for (size_t next = i + 1; next < document_.lines.size() && seen < 3; ++next) {
      const Line& line = document_.lines[next];
      if (trim(line.text).empty()) continue;
      if (line.list_item) return false;
      if (find_date(line.text)) return true;
      ++seen;
    }
    return false;
  }

  /// A dated line or a bullet within the next two lines.
  bool entry_follows(size_t i) const {
    for (size_t next = i + 1; next < document_.lines.size() && next <= i + 2; ++next) {
      const Line& line = document_.lines[next];
      if (line.list_item || find_date(line.text)) return true;
    }
    return false;
  }

  static int letter_count(std::string_view text) {
    auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    int letters = 0;
    for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) letters += u_isalpha(unicode.char32At(i)) ? 1 : 0;
    return letters;
  }

  /// Unmapped candidates count only after the first mapped heading and when they
  /// share the mapped headings' look (capitals, size, weight).
  /// "FORMACIÓN EDUCATIVA:" straight over "SUPERIOR" (the level of the schools below): a line in the headings' type
  /// with nothing between it and a named section's heading heads a group of that section, no section of its own.
  static bool right_under_mapped(const std::vector<DetectedHeading>& mapped, size_t line) {
    return std::any_of(mapped.begin(), mapped.end(), [&](const DetectedHeading& heading) {
      return heading.body_offset == 0 && heading.line + heading.line_count == line;
    });
  }

  std::vector<DetectedHeading> merge(std::vector<DetectedHeading> mapped,
                                     const std::vector<DetectedHeading>& unmapped) const {
    if (mapped.empty()) return mapped;
    drop_unstyled_word(mapped);
    drop_entry_subheading(mapped);
    drop_repeated_sublabels(mapped);
    bool all_upper = true, all_bold = true;
    int styled_count = 0, block_starts = 0, upper_count = 0;
    std::vector<double> sizes;
    for (const auto& heading : mapped) {
      const Line& line = document_.lines[heading.line];
      if (heading.body_offset == 0 && !line.heading) {
        all_upper = all_upper && is_upper_case_text(heading.text);
        upper_count += is_upper_case_text(heading.text) ? 1 : 0;
        ++styled_count;
        block_starts += line.block_start || heading.line == 0 ? 1 : 0;
        auto style = style_of(line);
        all_bold = all_bold && style.bold;
        if (style.size > 0) sizes.push_back(style.size);
      }
    }
    double heading_size = median(sizes);
    // Sections named on lines of their own: a label with its value beside it ("Muttersprache(n)   Deutsch",
    // Europass's "Nachname(n) / Vorname(n)   Steiner Magdalena") is a form row, however it is set.
    bool headings_stand_alone = std::all_of(mapped.begin(), mapped.end(), [&](const DetectedHeading& heading) {
      return heading.body_offset > 0 || cells_of(document_.lines[heading.line]).size() <= 1;
    });
    // Capitals for all mapped headings but one ("Earlier Career" among "EDUCATION", "SKILLS"…):
    // the document sets its sections in capitals, so a bold "Leadership" inside a job is no section.
    all_upper = all_upper || (styled_count >= 4 && upper_count + 1 >= styled_count);
    // "### Acme | Engineer | 2021" under "## Experience" is an entry, not a section.
    int section_level = shallowest_heading_level(mapped);
    bool spaced_headings = styled_count > 0 && block_starts * 4 >= styled_count * 3;  // most follow a blank line
    auto format_headings = std::count_if(mapped.begin(), mapped.end(), [&](const auto& h) { return document_.lines[h.line].heading; });
    size_t first = mapped.front().line;
    std::vector<DetectedHeading> kept;
    for (const auto& candidate : unmapped) {
      const Line& line = document_.lines[candidate.line];
      if (is_document_title(candidate.text) && in_top_band(line)) continue;  // "CURRICULUM VITAE" in a portal's band
      // A top-level Markdown title ("# Jane Doe") above the sections is the name.
      // A heading-styled "01/2019–2020  Praktikant" or "NAME   Jane" is an entry or a form row.
      bool entry_like = find_date(candidate.text) || rail_label_length(candidate.text) > 0;
      // "## Registered Early Childhood Educator - Toddler Room" over its employer and dates under "## WORK EXPERIENCE" (a
      // converter's Markdown gives job titles the sections' level): the entry's title.
      bool keep = line.heading && line.heading_level <= section_level && !entry_like &&
                  (candidate.line > first || (candidate.line != 0 && line.heading_level != 1)) &&
                  !(title_score(candidate.text) > 0 && heads_entry_within(mapped, candidate.line));
      // Most mapped headings carry the format's heading style: a bold line without it is an entry ("Bachelor
      // Accountancy (deeltijd)" in a table cell), not an unnamed section.
      if (!line.heading && candidate.line > first && format_headings >= 3 && format_headings > styled_count) continue;
      if (!line.heading && headings_stand_alone && cells_of(line).size() >= 2) continue;
      if (!line.heading && candidate.line > first) {
        auto style = style_of(line);
        bool upper_ok = all_upper ? is_upper_case_text(candidate.text)
                                  : is_upper_case_text(candidate.text) || styled(line) || spaced_headings;
        bool size_ok = heading_size == 0 || std::abs(style.size - heading_size) <= heading_size * 0.08;
        bool bold_ok = !all_bold || style.bold || body_size_ == 0;
        // "freelance" under "(1 an 10 mois)": a title's last word wrapped in its type; a heading opens on a capital.
        keep = upper_ok && size_ok && bold_ok && !starts_lower(trim(candidate.text)) && !looks_like_organisation(candidate.text) &&
               !heads_entry_within(mapped, candidate.line) && !under_date_line(candidate.line) && !goes_on_item_above(candidate.line) &&
               !right_under_mapped(mapped, candidate.line);
      }
      if (keep) kept.push_back(candidate);
    }
    drop_item_labels(mapped, kept);
    mapped.insert(mapped.end(), kept.begin(), kept.end());
    std::sort(mapped.begin(), mapped.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    return mapped;
  }

  /// "Competências" over "SAP S/4HANA" / "Análise de dados" / "Excel, Power BI" / "Planeamento S&OP" / "MRP": in a
  /// sidebar's list section (skills, languages, interests) two or more unnamed lines set like headings, each a few
  /// short lines from the next, label its items; a section would run longer.
  void drop_item_labels(const std::vector<DetectedHeading>& mapped, std::vector<DetectedHeading>& kept) const {
    constexpr size_t kItemLines = 4;
    std::vector<bool> drop(kept.size());
    for (size_t m = 0; m < mapped.size(); ++m) {
      if (!is_list_section(mapped[m].name.canonical)) continue;
      size_t end = m + 1 < mapped.size() ? mapped[m + 1].line : document_.lines.size();
      std::vector<size_t> inside;
      // A format's own heading ("## Mentoring" after "## Skills") opens a section however short; full-width short
      // sections ("Führerschein", "Sonstiges") too: only a sidebar's boxes label items so.
      for (size_t k = 0; k < kept.size(); ++k) {
        const Line& line = document_.lines[kept[k].line];
        if (kept[k].line > mapped[m].line && kept[k].line < end && !line.heading && line.column != 0) inside.push_back(k);
      }
      if (inside.size() < 2) continue;
      size_t previous = mapped[m].line;
      bool close = true;
      for (size_t k : inside) {
        close = close && kept[k].line - previous <= kItemLines;
        previous = kept[k].line;
      }
      close = close && end - previous <= kItemLines + 1;
      // Items are short; sentences under bold labels ("Operations & Team Leadership" over bullets) are sub-sections.
      for (size_t i = mapped[m].line + 1; close && i < end; ++i)
        close = !document_.lines[i].list_item && count_words(document_.lines[i].text) <= 8;
      if (close)
        for (size_t k : inside) drop[k] = true;
    }
    std::vector<DetectedHeading> left;
    for (size_t k = 0; k < kept.size(); ++k)
      if (!drop[k]) left.push_back(kept[k]);
    kept = std::move(left);
  }

  /// "04/2018 – heute" over "Instandhaltungstechniker": a timeline's dated title, not a section
  /// (sections open with their heading, never under a date).
  /// Plain text broken by a converter (pdfminer): "– Erstellung von … und Zusammenfassenden" / blank / "Meldungen", a dash's
  /// item left without its last words, which follow past a blank line.
  bool goes_on_item_above(size_t line) const {
    if (body_size_ > 0 || is_upper_case_text(trim(document_.lines[line].text))) return false;  // "OTHER" heads a section
    for (size_t above = line; above-- > 0;) {
      auto text = trim(document_.lines[above].text);
      if (text.empty()) continue;
      bool item = document_.lines[above].list_item || bullet_glyph_length(text) > 0;
      auto words = split_words(text);  // words, not a rule of stars ("* * * * *") or a box's frame
      return item && !ends_sentence(text) && !text.ends_with(':') &&
             std::count_if(words.begin(), words.end(), [](const std::string& word) { return has_letter(word) && word.size() > 1; }) >= 4;
    }
    return false;
  }

  bool under_date_line(size_t line) const {
    // "Period: 2012 – 2016" / blank / "PROFESSIONAL DESIGNATION"; in plain text a word in Title Case past the blank line
    // is still the entry's title (pdfminer's "09/2019 – heute" / blank / "Steuerfachangestellte").
    if (document_.lines[line].block_start && (body_size_ > 0 || is_upper_case_text(trim(document_.lines[line].text)))) return false;
    for (size_t above = line; above-- > 0;) {
      auto text = trim(document_.lines[above].text);
      if (text.empty()) continue;
      auto date = find_date(text);
      if (!date) return false;
      // "De juillet 2015 à janvier 2019", "Since March 2020": a word saying from when, left out of the date.
      static const std::set<std::string, std::less<>> kFrom{"de", "du", "depuis", "dès", "from", "since", "seit", "von", "vom",
                                                            "ab", "desde", "dal", "da", "van", "vanaf", "sinds"};
      auto words = count_words(text);
      if (date->begin > 0 && kFrom.contains(fold_case(text.substr(0, text.find(' '))))) --words;
      return words <= count_words(text.substr(date->begin, date->finish - date->begin));
    }
    return false;
  }

  /// The level of the shallowest format heading among `mapped` ("##" = 2), 7 when none carries one.
  int shallowest_heading_level(const std::vector<DetectedHeading>& mapped) const {
    int level = 7;
    for (const auto& h : mapped)
      if (document_.lines[h.line].heading) level = std::min(level, document_.lines[h.line].heading_level);
    return level;
  }

  /// "Pharmazeutin im Praktikum", not "Freelance Work" or "Part-Time Employment": a post, no group of posts.
  static bool names_job_title(std::string_view text) {
    static const std::set<std::string, std::less<>> kGroupWords = {"work", "employment", "experience", "career", "roles",
                                                                   "positions", "jobs", "internships", "service", "erfahrung"};
    auto words = split_words(normalise_heading(text));
    return title_score(text) > 0 && std::none_of(words.begin(), words.end(), [](const std::string& w) { return kGroupWords.count(w) > 0; });
  }

  /// "### Diplôme d'ingénieur, Informatique — INSA Toulouse" under "## Formation": a Markdown entry one level
  /// below the sections names a school or firm, however a word in it reads.
  void drop_entry_subheading(std::vector<DetectedHeading>& mapped) const {
    int section_level = shallowest_heading_level(mapped);
    // "Pharmazeutin im Praktikum" a level below "Berufliche Erfahrung": a title naming its section's kind of work.
    for (size_t k = mapped.size(); k-- > 1;) {
      const Line& line = document_.lines[mapped[k].line];
      if (line.heading && line.heading_level > section_level && !mapped[k].name.exact && names_job_title(mapped[k].text) &&
          mapped[k].name.canonical == mapped[k - 1].name.canonical)
        mapped.erase(mapped.begin() + static_cast<std::ptrdiff_t>(k));
    }
    std::erase_if(mapped, [&](const DetectedHeading& h) {
      const Line& line = document_.lines[h.line];
      if (!line.heading || line.heading_level <= section_level || h.name.exact) return false;
      return split_parts(h.text).size() >= 2 && institution_score(h.text) + organisation_score(h.text) > 0;
    });
  }

  /// "RÉALISATIONS" under each mission of a freelance profile, after its dated title: a label repeated inside the jobs
  /// of a section of another kind, no section of its own (a section's heading printed again on page 2 is its own kind).
  void drop_repeated_sublabels(std::vector<DetectedHeading>& mapped) const {
    std::map<std::string, int> seen;
    for (const auto& heading : mapped) ++seen[fold_case(trim(heading.text))];
    auto dated_above = [&](size_t line) {
      for (size_t k = line > 8 ? line - 8 : 0; k < line; ++k)
        if (find_date(document_.lines[k].text)) return true;
      return false;
    };
    std::set<std::string> sublabels;
    for (size_t k = 1; k < mapped.size(); ++k) {
      auto key = fold_case(trim(mapped[k].text));
      if (seen[key] < 2 || sublabels.count(key)) continue;
      // The section around it: the last heading above that is no repeat of this one.
      const DetectedHeading* section = nullptr;
      for (size_t j = k; j-- > 0 && !section;)
        if (fold_case(trim(mapped[j].text)) != key) section = &mapped[j];
      const auto& kind = section ? section->name.canonical : std::string();
      bool inside_jobs = (kind == "experience" || kind == "volunteer") && mapped[k].name.canonical != kind;
      bool every_dated = std::all_of(mapped.begin(), mapped.end(), [&](const DetectedHeading& h) {
        return fold_case(trim(h.text)) != key || dated_above(h.line);
      });
      if (inside_jobs && every_dated) sublabels.insert(key);
    }
    std::erase_if(mapped, [&](const DetectedHeading& h) { return sublabels.count(fold_case(trim(h.text))) > 0; });
  }

  /// "Elektrofachkraft für festgelegte" / "Tätigkeiten": a section word wrapped onto its own line,
  /// in body type among capitalised bold headings, is no heading.
  void drop_unstyled_word(std::vector<DetectedHeading>& mapped) const {
    auto plain = [&](const DetectedHeading& h) {
      const Line& line = document_.lines[h.line];
      return !line.heading && h.body_offset == 0 && !is_upper_case_text(h.text) && !style_of(line).bold &&
             !line.block_start && !trim(h.text).ends_with(':');
    };
    auto styled_heading = [&](const DetectedHeading& h) {
      const Line& line = document_.lines[h.line];
      return !line.heading && is_upper_case_text(h.text) && style_of(line).bold;
    };
    if (body_size_ == 0 || std::count_if(mapped.begin(), mapped.end(), styled_heading) < 3) return;
    // "Customer Research" among tag pills under "SKILLS": named only by its last word, and not in capitals.
    std::vector<double> sizes;
    for (const auto& h : mapped)
      if (styled_heading(h)) sizes.push_back(style_of(document_.lines[h.line]).size);
    double heading_size = median(sizes);
    auto partial = [&](const DetectedHeading& h) {
      double size = style_of(document_.lines[h.line]).size;
      return !document_.lines[h.line].heading && h.body_offset == 0 && !h.name.exact && !is_upper_case_text(h.text) &&
             std::abs(size - heading_size) > heading_size * 0.08;
    };
    // Counted once, before erasing: the predicate must not read elements erase_if is moving.
    auto styled_count = std::count_if(mapped.begin(), mapped.end(), styled_heading);
    bool nearly_all_styled = styled_count + 1 >= static_cast<long>(mapped.size());
    // "Key achievements:" in smaller type inside each job: repeated sub-labels, outnumbered two to one.
    bool mostly_styled = styled_count >= 2 * (static_cast<long>(mapped.size()) - styled_count);
    std::erase_if(mapped, [&](const DetectedHeading& h) { return (nearly_all_styled && plain(h)) || (mostly_styled && partial(h)); });
  }

  /// "Citibank NA" over "October 2009 – April 2016  Officer" inside Experience: the next employer,
  /// however bold; sections open with a heading, not with a dated line under it.
  bool heads_entry_within(const std::vector<DetectedHeading>& mapped, size_t line) const {
    const DetectedHeading* section = nullptr;
    // Columns read one after the other: the section last headed in the line's own column ("Casual Storeperson" on
    // page 2's main column, under "Work history", though page 1's sidebar was read last).
    int column = document_.lines[line].column;
    bool column_headed = column > 0 && std::any_of(mapped.begin(), mapped.end(), [&](const DetectedHeading& heading) {
      return heading.line < line && document_.lines[heading.line].column == column;
    });
    for (const auto& heading : mapped)
      if (heading.line < line && (!section || heading.line > section->line) &&
          (!column_headed || document_.lines[heading.line].column == column))
        section = &heading;
    if (!section || !dated_soon(line)) return false;
    const auto& canonical = section->name.canonical;
    if (canonical != "experience" && canonical != "volunteer" && canonical != "education") return false;
    // It opens the section, or the section's first entry opens the same way: a dateless line in
    // this style over a dated one.
    size_t first = section->line + section->line_count;
    while (first < line && trim(document_.lines[first].text).empty()) ++first;
    if (first == line) return true;
    const auto& opener = document_.lines[first];
    if (first > line || find_date(opener.text) || !dated_soon(first)) return false;
    auto a = style_of(opener), b = style_of(document_.lines[line]);
    return a.bold == b.bold && std::abs(a.size - b.size) < 0.5 &&
           is_upper_case_text(trim(opener.text)) == is_upper_case_text(trim(document_.lines[line].text));
  }

  /// "Phillip Capital Management Limited", "Example University": the employer and school lexicons decide.
  static bool looks_like_organisation(std::string_view text) {
    return organisation_score(text) > 0 || institution_score(text) > 0;
  }

  const Document& document_;
  double body_size_ = 0;
  std::ptrdiff_t format_headings_ = 0;  ///< lines the format marks as headings (Markdown "#", Word's heading styles)
  mutable std::optional<Colours> colours_;  // see colours()
  std::optional<RailEdge> rail_edge_;  // where a left rail's section labels start, when it has two or more
  std::map<int, double> page_right_;   // each page's rightmost text edge
};

}  // namespace

std::vector<DetectedHeading> find_headings(const Document& document) { return Detector(document).run(); }

}  // namespace atslint
