#pragma once
// Classifying the pieces of an entry line: job title, organisation, school,
// place. Word lists live in rules/data/structure/ and load once per process.
#include <string>
#include <string_view>
#include <vector>

namespace atslint {

/// Splits a header line into parts on column gaps and on "—", "–", "|", "·",
/// "•", " at ", " @ ", " - ". `keep_dashes` keeps "—"/"–" (project names).
std::vector<std::string> split_parts(std::string_view text, bool keep_dashes = false);

/// Words that mark a job title ("Engineer", "Entwickler", "Stagiaire").
int title_score(std::string_view part);
/// Words that mark an employer ("Inc.", "GmbH", "Labs", "Bank").
int organisation_score(std::string_view part);
/// Words that mark a school ("University", "Hochschule", "Politecnico").
int institution_score(std::string_view part);
/// Words that name an employer or a school: organisation_score plus institution_score.
int employer_words(std::string_view part);
/// "Springfield, IL", "Seoul, S.Korea", "Remote", "India", "Berlin, Deutschland".
/// "Lyon" -> "FR": a city from rules/data/structure/cities.tsv, written with a capital; "" otherwise.
std::string city_country(std::string_view name);
/// "Casalecchio di Reno (BO)", "Paterna (Valencia)": a town with its province or region in brackets.
bool is_town_with_area(std::string_view text);
/// "(BG)", "(31)", "(2A)": a province's or département's code in brackets, alone.
bool is_area_code(std::string_view text);
/// "Curno (BG)", "Colomiers (31)": a town with its province's code, not "Océalis (Nantes)".
bool town_with_province(std::string_view part, bool spelt_out = false);
/// "(1 year contract - renewed annually)": the offset `at` lies inside a bracket that closes later.
bool inside_brackets(std::string_view text, size_t at);
/// A line broken after "and", "of", "&" or a comma: the phrase goes on below.
bool ends_with_connector(std::string_view text);
/// "FACULDADE DE ENGENHARIA DA UNIVERSIDADE" over "DO PORTO": a school's name in capitals going on after a link word.
bool continues_school_in_capitals(std::string_view above, std::string_view text);
/// "… in farmacia (campagne", "B.E. (Computer Science and": more brackets opened than closed, so the text goes on.
bool leaves_bracket_open(std::string_view text);
bool leaves_quote_open(std::string_view text);
bool is_location(std::string_view part);
/// "Lyon 7e", "Dublin 7" -> the city; "" when `name` is no known city with a district number.
std::string city_of_district(std::string_view name);
/// A capitalised place name of up to three words ("Mountain View", "Lyon").
bool is_place_name(std::string_view piece, int most_names = 3);

/// "University of California, Berkeley": a town after a state university names its campus.
bool names_campus(std::string_view school, std::string_view town);
bool shaped_like_town(std::string_view name);
/// Takes a trailing place off an employer or school name and returns it:
/// "OCAD University, Toronto, ON" -> "Toronto, ON"; with `bracketed`, also
/// "Ernst & Young LLP (Singapore)" (schools keep brackets: "University of London (External Programme)").
std::string split_off_place(std::string& name, bool bracketed);
/// "Universidad de Alicante (título propio, 30 ECTS)", "Anjou Événements (agence)", "IPOG (concluído)": a remark in
/// lower case in brackets after a name is no part of it ("(UNIVILLE)", "(Québec)" are).
void drop_lower_case_remark(std::string& name);
/// "Institute of Technology" + "Sligo": a school named by kind words only, which the town after it completes.
bool town_completes_school(std::string_view school, std::string_view town);
/// "Chettinad Vidyashram (CBSE)": the board that set a school's exams, in closing brackets, is no part of its name.
void drop_affiliation(std::string& institution);
/// "Dipartimento di Scienze Fisiche, Università degli Studi dell'Aquila" -> the university, for a school or an employer.
void drop_unit_before_university(std::string& name);
/// "Hotel Alpenrose GmbH, Hahnenkammstraße 8, 6370 Kitzbühel": takes the postal address (a street with its
/// number, a postcode with its town) off a name printed with it, and returns the town ("" when none).
std::string split_off_address(std::string& name);
/// "pharmacien·ne", "apprenti·e·s": French inclusive writing's dot before a feminine or plural ending, inside a
/// word; not a dot between words ("python·go", "SQL·Économétrie").
bool is_inclusive_dot(std::string_view text, size_t at);
/// A US state, Canadian province or Australian state code ("IL", "ON", "NSW").
bool is_region_code(std::string_view code);
/// "MG", "SP": one of Brazil's states, read only right after a town ("BA" and "AM" after a name are degrees).
bool is_brazilian_state(std::string_view code);
/// "Divisione Wholesale", "Projeto Vale", "Power Tools": a part of a firm (a division, a site, a project), by its
/// words; no town however it is capitalised.
bool names_part_of_firm(std::string_view text);
/// "Varginha/MG", "Três Corações / MG": a place's name, then a Brazilian state's code after a slash, the town known or not.
bool names_town_and_state(std::string_view text);
/// ISO 3166-1 alpha-2 code for a country name in any supported language, or "".
std::string country_code(std::string_view name);
/// "Python", "sql server", "Tableau": a tool or language named in rules/data/bullets/technologies.txt.
bool names_technology(std::string_view name);
/// "Gauteng" -> "ZA", "Ontario" -> "CA": a state, province or county no city list holds; "" when unknown.
std::string region_country(std::string_view name);
/// A degree at the start of `part`: returns its byte length, or 0.
size_t degree_length(std::string_view part);
/// "Diploma behaald", "Diplôme obtenu": a note that the degree above was awarded, no degree of its own.
bool states_completion(std::string_view part);
/// "Diplôme national des métiers d'art et du design, obtenu avec mention Bien.": the degree above spelt out with
/// how it was awarded, a note on that degree.
bool restates_award(std::string_view text);
/// "Titre de comptable-fiscaliste agréé obtenu en 2019", "… awarded in June 2018": a title granted in a year.
bool names_year_granted(std::string_view text);
/// A spoken language name ("English", "Deutsch", "Français").
bool is_spoken_language(std::string_view word);
/// Lower-cased words with surrounding punctuation removed.
std::vector<std::string> plain_words(std::string_view text);

/// "Marketing", "Payments Team", "IT": a unit of an employer, not a town.
/// "Cardiac Step-Down Unit", "Emergency Department": a part of an employer, by its last word.
bool ends_in_unit_word(std::string_view part);
/// "Departamento de Contencioso", "Dipartimento di Fisica": a unit named by its first word (not English "Department of …").
bool opens_with_unit_word(std::string_view part);
bool opens_with_unit(std::string_view text);
/// "Laboratoires Vercors Pharma" -> "LVP": the first letters of its capitalised words.
std::string capital_initials(std::string_view text);
bool names_department(std::string_view text);

/// LinkedIn's lines about a skill, not skills: "Endorsed by …", "4 experiences across …",
/// "Show all 27 skills →", "Head of Planning at Brightwell Foods" under a skill.
bool is_profile_metadata(std::string_view line);

/// "Telefon", "Handy", "Telemóvel": a contact detail's label alone, neither a name nor a town.
bool is_contact_label(std::string_view text);
/// The labels a form or a header prints before the person's address or town, in the seven languages (a regex group).
const std::string& address_label_pattern();
/// The labels of one's citizenship or birthplace ("Nationalität", "Luogo di nascita"), a regex group.
const std::string& origin_label_pattern();
/// A form's labels for the given name ("First name", "Vorname", "Prénom") and the family name ("Surname", "Cognome"):
/// regex alternations, matched case-insensitively.
const std::string& given_name_label_pattern();
const std::string& surname_label_pattern();
/// "Indirizzo", "Cellulare", "Data di nascita:": a form's label of a personal detail alone; it heads no section.
bool is_personal_detail_label(std::string_view text);

}  // namespace atslint
