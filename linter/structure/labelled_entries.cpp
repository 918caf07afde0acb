#include "linter/structure/labelled_entries.h"

#include <cctype>
#include <cstring>
#include <map>
#include <regex>
#include <set>
#include <utility>

#include "linter/patterns.h"
#include "linter/structure/dates.h"
#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/structure/line_text.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

// Parts the "Label: value" pieces of one card's row (see `unstack_label_grids`): a control character no document keeps.
constexpr char kFieldSeparator = '\x1e';

// PeriodEnd: a form's second date row ("Início: 02/2013" / "Conclusão: 12/2016") closes the period the first opened.
// Status: a school row saying where the course stands ("Situação: Concluído"), read as nothing.
enum class Field { None, Company, Position, Period, PeriodEnd, Place, Detail, Degree, School, Score, Duties, Status };

/// "Position Held: Analyst", "Job Appointment : Manager", "• Duration: 2012 to Present".
struct LabelledLine {
  Field field = Field::None;
  std::string value;
};

Field field_of(const std::string& label) {
  static const std::pair<const char*, Field> kLabels[] = {
      {"company", Field::Company}, {"company name", Field::Company}, {"employer", Field::Company},
      {"organisation", Field::Company}, {"organization", Field::Company}, {"firm", Field::Company},
      {"unternehmen", Field::Company}, {"firma", Field::Company}, {"entreprise", Field::Company},
      {"empresa", Field::Company}, {"position", Field::Position}, {"position held", Field::Position},
      {"job title", Field::Position}, {"title", Field::Position}, {"designation", Field::Position},
      {"role", Field::Position}, {"job appointment", Field::Position}, {"appointment", Field::Position},
      {"job role", Field::Position}, {"position title", Field::Position}, {"poste", Field::Position},
      {"cargo", Field::Position}, {"funktion", Field::Position}, {"duration", Field::Period},
      {"period", Field::Period}, {"dates", Field::Period}, {"date", Field::Period}, {"tenure", Field::Period},
      {"zeitraum", Field::Period}, {"période", Field::Period}, {"periodo", Field::Period},
      {"período", Field::Period}, {"location", Field::Place}, {"place", Field::Place}, {"ort", Field::Place},
      {"lieu", Field::Place}, {"puesto", Field::Position}, {"ubicación", Field::Place}, {"ubicacion", Field::Place},
      {"lugar", Field::Place}, {"localidad", Field::Place}, {"localidade", Field::Place}, {"localité", Field::Place},
      {"località", Field::Place}, {"cidade", Field::Place}, {"cidade/uf", Field::Place}, {"emprego atual", Field::Detail},
      {"ciudad", Field::Place}, {"città", Field::Place}, {"função", Field::Position}, {"local", Field::Place},
      {"azienda", Field::Company}, {"ruolo", Field::Position}, {"sede", Field::Place}, {"werkgever", Field::Company},
      {"bedrijf", Field::Company}, {"intitulé du poste", Field::Position}, {"intitulé", Field::Position}, {"organisatie", Field::Company}, {"azienda/ente", Field::Company}, {"ente", Field::Company},
      {"organizzazione", Field::Company}, {"organização", Field::Company}, {"organización", Field::Company}, {"functie", Field::Position}, {"periode", Field::Period}, {"plaats", Field::Place},
      {"arbeitgeber", Field::Company}, {"standort", Field::Place}, {"fechas", Field::Period}, {"fecha", Field::Period},
      {"duración", Field::Period}, {"duracion", Field::Period}, {"duração", Field::Period}, {"durata", Field::Period},
      {"datas", Field::Period}, {"dauer", Field::Period}, {"datum", Field::Period}, {"empleador", Field::Company},
      {"employeur", Field::Company}, {"datore di lavoro", Field::Company}, {"empregador", Field::Company},
      {"puesto o cargo ocupados", Field::Position}, {"puesto ocupado", Field::Position}, {"poste occupé", Field::Position},
      // "Área: Comercio Exterior / Logística": the department or trade worked in, no employer.
      {"área", Field::Detail}, {"area", Field::Detail}, {"departamento", Field::Detail}, {"department", Field::Detail},
      {"abteilung", Field::Detail}, {"département", Field::Detail}, {"dipartimento", Field::Detail}, {"afdeling", Field::Detail},
      {"sector", Field::Detail}, {"setor", Field::Detail}, {"settore", Field::Detail}, {"secteur", Field::Detail},
      {"branche", Field::Detail}, {"industry", Field::Detail}, {"rubro", Field::Detail},
      // "Categoría: Técnico · Empleado/a", "Tipo de contrato: Indefinido": the grade or the contract, no title.
      {"categoría", Field::Detail}, {"categoria", Field::Detail}, {"category", Field::Detail}, {"catégorie", Field::Detail},
      {"kategorie", Field::Detail}, {"tipo de contrato", Field::Detail}, {"contract type", Field::Detail},
      {"type de contrat", Field::Detail}, {"vertragsart", Field::Detail}, {"tipo de contratto", Field::Detail},
      {"tipo di contratto", Field::Detail}, {"attività svolte", Field::Duties}, {"mansioni svolte", Field::Duties},
      // An Italian agency's candidate sheet: "Mansione   Impiegata contabile", the post held ("Qualifica" is the contract's grade).
      {"mansione", Field::Position}, {"qualifica", Field::Detail},
      // A Dutch agency's consultant CV: "Opdrachtgever   NoordChem B.V. (via Brunel)" / "Functie" / "Werkzaamheden" /
      // "Resultaat" / "Omgeving".
      {"opdrachtgever", Field::Company}, {"werkzaamheden", Field::Duties}, {"resultaat", Field::Detail}, {"omgeving", Field::Detail},
      // A candidate form's wish ("Cargo pretendido   Gerente Comercial"), a field beside its value, no objective section.
      {"cargo pretendido", Field::Detail}, {"pretensão salarial", Field::Detail}, {"puesto deseado", Field::Detail},
      {"poste recherché", Field::Detail}, {"posizione desiderata", Field::Detail}, {"gewünschte position", Field::Detail},
      {"desired position", Field::Detail}, {"gewenste functie", Field::Detail},
      {"employment type", Field::Detail}, {"jornada", Field::Detail},
      // A recruiter's profile: "Reason for leaving: Approached for current role" closes each job.
      {"reason for leaving", Field::Detail}, {"motif de départ", Field::Detail}, {"motivo de salida", Field::Detail},
      {"motivo de saída", Field::Detail}, {"motivo dell'uscita", Field::Detail}, {"grund für den wechsel", Field::Detail},
      {"kündigungsgrund", Field::Detail}, {"reden van vertrek", Field::Detail},
      // A portal's profile pasted: "Fecha de inicio: febrero 2020" / "Fecha de finalización: enero 2020" / "Nivel: Técnico".
      {"fecha de inicio", Field::Period}, {"fecha inicio", Field::Period}, {"data de início", Field::Period},
      {"start date", Field::Period}, {"date de début", Field::Period}, {"startdatum", Field::Period},
      {"data di inizio", Field::Period}, {"data inizio", Field::Period},
      {"fecha de finalización", Field::PeriodEnd}, {"fecha de fin", Field::PeriodEnd}, {"fecha fin", Field::PeriodEnd},
      {"fecha de término", Field::PeriodEnd}, {"fecha de salida", Field::PeriodEnd}, {"data de término", Field::PeriodEnd},
      {"data de fim", Field::PeriodEnd}, {"data de saída", Field::PeriodEnd}, {"end date", Field::PeriodEnd},
      {"date de fin", Field::PeriodEnd}, {"einddatum", Field::PeriodEnd}, {"enddatum", Field::PeriodEnd},
      {"data di fine", Field::PeriodEnd}, {"data fine", Field::PeriodEnd},
      {"nivel", Field::Detail}, {"nível", Field::Detail}, {"personas a cargo", Field::Detail},
      {"pessoas a cargo", Field::Detail}, {"people managed", Field::Detail}, {"trabajo aquí actualmente", Field::Detail},
      {"sector de la empresa", Field::Detail},
      // Workday's review page, its labels set above the values (see `unstack_form_labels`).
      {"from", Field::Period}, {"to", Field::PeriodEnd}, {"role description", Field::Duties},
      // A Flemish portal's export: "Functietitel:" / "Werkgever:" / "Van: september 2021" / "Tot: heden" / "Beschrijving:".
      {"functietitel", Field::Position}, {"van", Field::Period}, {"tot", Field::PeriodEnd}, {"beschrijving", Field::Duties},
      {"omschrijving", Field::Duties},
      {"i currently work here", Field::Detail},
      // Taleo's candidate file: "Arbeitgeber" / "Position" / "Ort" / "Beginn   03/2019" / "Ende   –" / "Aktueller Arbeitgeber   Ja".
      {"beginn", Field::Period}, {"ende", Field::PeriodEnd}, {"aktueller arbeitgeber", Field::Detail},
      {"current employer", Field::Detail}, {"employeur actuel", Field::Detail},
      // Its duties label wraps in the rail ("Aufgaben /" over "Verantwortlichkeiten"), each line level with a duty.
      {"aufgaben / verantwortlichkeiten", Field::Duties}, {"aufgaben /", Field::Duties}, {"verantwortlichkeiten", Field::Duties},
      {"aufgaben", Field::Duties}, {"tätigkeiten", Field::Duties},
      // Interamt's application sheet: "Arbeitgeber" / "Ort" / "Position / Tätigkeit" / "Aufgaben" under each date bar.
      {"position / tätigkeit", Field::Position}, {"tätigkeit", Field::Position}, {"derzeitiger arbeitgeber", Field::Detail},
      // A consultancy's skills file ("dossier de compétences"): each mission's client, context, achievements and tools.
      {"client", Field::Company}, {"contexte", Field::Detail}, {"context", Field::Detail}, {"réalisations", Field::Duties},
      {"environnement", Field::Detail}, {"environnement technique", Field::Detail}, {"technical environment", Field::Detail},
      // Emprega Brasil's job card: "Empregador   Município   Admissão   Desligamento", then "Descrição das atividades".
      {"município", Field::Place}, {"municipio", Field::Place}, {"admissão", Field::Period}, {"data de admissão", Field::Period},
      {"desligamento", Field::PeriodEnd}, {"data de desligamento", Field::PeriodEnd}, {"descrição das atividades", Field::Duties},
      {"atividades desenvolvidas", Field::Duties},
      // IEFPonline's job blocks: "Profissão   Educador de infância (2342.0)   Localidade   Bragança".
      {"profissão", Field::Position}, {"profesión", Field::Position}, {"profession", Field::Position},
      // An Indian nurse's biodata: "Designation : Staff Nurse" / "Hospital : St. Thomas Mission Hospital, Alappuzha" /
      // "Period : From 08/2017 to 01/2021" / "Bed Strength : 220 beds" / "Duties and Responsibilities:".
      {"hospital", Field::Company}, {"name of hospital", Field::Company}, {"name of the hospital", Field::Company},
      {"bed strength", Field::Detail}, {"bed capacity", Field::Detail}, {"duties and responsibilities", Field::Duties},
      {"project", Field::Detail},
      // A French spreadsheet's job table: "Début   Fin   Poste   Entreprise   Missions".
      {"début", Field::Period}, {"fin", Field::PeriodEnd}, {"missions", Field::Duties},
      // A Spanish public employment service's tables: "Desde   Hasta   Ocupación / Puesto   Empresa   Municipio".
      {"desde", Field::Period}, {"hasta", Field::PeriodEnd}, {"inicio", Field::Period}, {"ocupación", Field::Position},
      // An NHS application form (Trac, NHS Jobs): "Grade / band   Band 6", "Place of work", "Notice period", "Main duties
      // and responsibilities".
      {"grade / band", Field::Detail}, {"grade", Field::Detail}, {"band", Field::Detail}, {"place of work", Field::Place},
      {"notice period", Field::Detail}, {"main duties and responsibilities", Field::Duties}, {"main duties", Field::Duties}};
  for (const auto& [name, field] : kLabels)
    if (label == name) return field;
  return Field::None;
}

/// Labels of a table's header row: the words between column gaps, then single words.
std::vector<std::string> split_on_gaps(const std::string& text) {
  std::vector<std::string> labels;
  size_t start = 0;
  while (start < text.size()) {
    size_t gap = text.find("  ", start);
    auto label = collapse_spaces(text.substr(start, gap == std::string::npos ? std::string::npos : gap - start));
    if (!label.empty()) labels.push_back(label);
    if (gap == std::string::npos) break;
    start = gap + 2;
  }
  if (labels.size() > 1) return labels;
  labels.clear();  // no gaps: "Dates School Employer Role" word by word
  for (size_t at = 0; at < text.size();) {
    size_t space = text.find(' ', at);
    auto word = text.substr(at, space == std::string::npos ? std::string::npos : space - at);
    if (!word.empty()) labels.push_back(word);
    if (space == std::string::npos) break;
    at = space + 1;
  }
  return labels;
}

/// A card's row of fields as `unstack_label_grids` wrote it, piece by piece; empty for any other line.
std::vector<std::string_view> card_pieces(std::string_view text) {
  std::vector<std::string_view> pieces;
  if (text.find(kFieldSeparator) == std::string_view::npos) return pieces;
  for (size_t at = 0; at <= text.size();) {
    size_t end = std::min(text.find(kFieldSeparator, at), text.size());
    pieces.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return pieces;
}

/// Leading list marks and numbering ("1.", "•", "-") before a line's words.
std::string_view strip_marks(std::string_view text) {
  static const std::regex marks(R"(^(?:\d{1,2}[.)]|[-*>]|–|—|•|·|▪|●|○|◦|■|□|➢|►|\xEF\x82[\x80-\xBF])\s*)");
  std::cmatch match;
  text = trim(text);
  if (std::regex_search(text.begin(), text.end(), match, marks)) text.remove_prefix(static_cast<size_t>(match.length(0)));
  return trim(text);
}

/// "--------" under "Werkervaring 1": a portal export's rule, and the numbered caption over each block of fields.
bool is_rule_or_caption(std::string_view text) { return is_thematic_break(text) || !numbered_caption_of(text).empty(); }

/// A label as compared: case-folded, single spaces, " / " around a slash, straight apostrophes.
std::string label_key(std::string_view text) {
  std::string spaced;
  // "• Date (da – a)": the older form sets a bullet before each label.
  for (char c : std::string(strip_marks(text))) spaced += c == '/' ? std::string(" / ") : std::string(1, c);
  auto key = fold_case(collapse_spaces(spaced));
  constexpr std::string_view kCurly = "’";
  for (auto at = key.find(kCurly); at != std::string::npos; at = key.find(kCurly)) key.replace(at, kCurly.size(), 1, '\'');
  return key;
}

/// The old Europass grid's labels, in the languages it is issued in, and the short labels Spanish, French, Italian,
/// Portuguese and Dutch forms print in the same rail ("Titulación", "Tâches"). Sector, subject and level labels are Detail.
const std::vector<std::pair<std::string, Field>>& europass_labels() {
  static const std::vector<std::pair<std::string, Field>> kLabels = [] {
    const std::pair<const char*, Field> labels[] = {
        {"date", Field::Period}, {"dates", Field::Period}, {"datas", Field::Period}, {"fechas", Field::Period},
        {"zeitraum", Field::Period},
        {"lavoro o posizione ricoperti", Field::Position}, {"occupation or position held", Field::Position},
        {"fonction ou poste occupé", Field::Position}, {"profesión o cargo desempeñado", Field::Position},
        {"função ou cargo ocupado", Field::Position}, {"beruf oder funktion", Field::Position},
        {"nome e indirizzo del datore di lavoro", Field::Company}, {"name and address of employer", Field::Company},
        {"nom et adresse de l'employeur", Field::Company}, {"nombre y dirección de la empresa o empleador", Field::Company},
        {"nombre y dirección del empleador", Field::Company}, {"nome e morada do empregador", Field::Company},
        {"nome e endereço do empregador", Field::Company}, {"name und adresse des arbeitgebers", Field::Company},
        {"tipo di attività o settore", Field::Detail}, {"type of business or sector", Field::Detail},
        {"type ou secteur d'activité", Field::Detail}, {"tipo de empresa o sector", Field::Detail},
        {"tipo de empresa ou sector", Field::Detail}, {"tätigkeitsbereich oder branche", Field::Detail},
        {"title of qualification awarded", Field::Degree}, {"bezeichnung der erworbenen qualifikation", Field::Degree},
        {"titolo della qualifica rilasciata", Field::Degree}, {"intitulé du certificat ou diplôme délivré", Field::Degree},
        {"título de la cualificación obtenida", Field::Degree}, {"designação da qualificação atribuída", Field::Degree},
        {"name and type of organisation providing education and training", Field::School},
        {"name and type of organization providing education and training", Field::School},
        {"name und art der bildungs- oder ausbildungseinrichtung", Field::School},
        {"nome e tipo d'organizzazione erogatrice dell'istruzione e formazione", Field::School},
        {"nom et type de l'établissement d'enseignement ou de formation", Field::School},
        {"nombre y tipo del centro de estudios", Field::School},
        {"nombre y tipo de la organización que ha impartido la educación o la formación", Field::School},
        {"nome e tipo da organização de ensino ou formação", Field::School},
        {"principal subjects / occupational skills covered", Field::Detail},
        {"hauptfächer / berufliche fähigkeiten", Field::Detail},
        {"principali tematiche / competenze professionali acquisite", Field::Detail},
        {"principales matières / compétences professionnelles couvertes", Field::Detail},
        {"principales materias o capacidades profesionales adquiridas", Field::Detail},
        {"principais disciplinas / competências profissionais", Field::Detail},
        {"level in national or international classification", Field::Detail},
        {"stufe der nationalen oder internationalen klassifikation", Field::Detail},
        {"livello nella classificazione nazionale o internazionale", Field::Detail},
        {"niveau dans la classification nationale ou internationale", Field::Detail},
        {"nivel en la clasificación nacional o internacional", Field::Detail},
        {"nível segundo a classificação nacional ou internacional", Field::Detail},
        // Over the duties, no value of their own.
        {"principali attività e responsabilità", Field::Duties}, {"main activities and responsibilities", Field::Duties},
        {"principales activités et responsabilités", Field::Duties},
        {"principales actividades y responsabilidades", Field::Duties},
        {"principais atividades e responsabilidades", Field::Duties},
        {"principais actividades e responsabilidades", Field::Duties},
        {"wichtigste tätigkeiten und zuständigkeiten", Field::Duties}, {"funciones y responsabilidades", Field::Duties},
        {"fonctions et responsabilités", Field::Duties}, {"funzioni e responsabilità", Field::Duties},
        {"funções e responsabilidades", Field::Duties},
        // The older European CV format ("Formato europeo per il curriculum vitae"), still Italy's public-sector form.
        {"date (da – a)", Field::Period}, {"date (da - a)", Field::Period}, {"dates (from – to)", Field::Period},
        {"dates (from - to)", Field::Period}, {"dates (de – à)", Field::Period}, {"fechas (de – a)", Field::Period},
        {"tipo di azienda o settore", Field::Detail}, {"tipo di impiego", Field::Position},
        {"principali mansioni e responsabilità", Field::Duties},
        {"nome e tipo di istituto di istruzione o formazione", Field::School},
        {"principali materie / abilità professionali oggetto dello studio", Field::Detail},
        {"qualifica conseguita", Field::Degree}, {"livello nella classificazione nazionale (se pertinente)", Field::Detail},
        {"livello nella classificazione nazionale", Field::Detail}, {"level in national classification", Field::Detail},
        {"level in national classification (if appropriate)", Field::Detail},
        {"niveau dans la classification nationale (le cas échéant)", Field::Detail},
        {"nivel alcanzado en la clasificación nacional (si procede)", Field::Detail},
        // The 2013 Europass's skill labels, which wrap in its narrow rail ("Competências relacionadas com o" / "trabalho").
        {"job-related skills", Field::Detail}, {"competências relacionadas com o trabalho", Field::Detail},
        {"competencias relacionadas con el empleo", Field::Detail}, {"compétences liées à l'emploi", Field::Detail},
        {"communication skills", Field::Detail}, {"competências de comunicação", Field::Detail},
        {"organisational / managerial skills", Field::Detail}, {"competências de organização", Field::Detail},
        {"competenze organizzative e gestionali", Field::Detail}, {"compétences organisationnelles / managériales", Field::Detail},
        {"competencias de organización / gestión", Field::Detail},
        // Spanish job-portal and Word forms print short labels in the same rail: "Titulación   Grado en …".
        {"titulación", Field::Degree}, {"centro", Field::School}, {"centro de estudios", Field::School},
        // Trabajando.com: "Institución   …" / "Carrera / Programa   …" / "Título   …" / "Situación   Titulado · 2017 – 2019".
        {"institución", Field::School}, {"carrera", Field::Degree}, {"carrera / programa", Field::Degree},
        {"situación", Field::Period},
        // InfoJobs: "Título   Grado en Turismo" / "Nivel   Grado" / "Centro   …" / "Fechas   …" / "Nota media   7,8".
        {"título", Field::Degree}, {"nivel", Field::Detail}, {"nota media", Field::Score}, {"nota", Field::Score},
        {"observaciones", Field::Detail}, {"funciones", Field::Duties}, {"tareas", Field::Duties},
        {"responsabilidades", Field::Duties}, {"mansioni", Field::Duties}, {"funções", Field::Duties},
        {"tâches", Field::Duties}, {"werkzaamheden", Field::Duties},
        // Brazilian job-site forms: "Nível: Graduação - Bacharelado" / "Curso: Administração" / "Instituição: …" /
        // "Situação: Concluído" / "Início: 02/2013" / "Conclusão: 12/2016".
        {"curso", Field::Degree}, {"instituição", Field::School}, {"nível", Field::Detail}, {"situação", Field::Status},
        {"início", Field::Period}, {"conclusão", Field::PeriodEnd}, {"término", Field::PeriodEnd},
        // Cia de Talentos: "Início / Conclusão prevista   02/2022 – 12/2026" / "Coeficiente de rendimento   8,4".
        {"início / conclusão prevista", Field::Period}, {"início / conclusão", Field::Period}, {"conclusão prevista", Field::PeriodEnd},
        {"coeficiente de rendimento", Field::Score}, {"semestre atual / turno", Field::Detail},
        // An Italian recruiter's profile: "Titolo   Laurea …" / "Istituto   Università …" / "Anno   2012" / "Votazione   110/110".
        {"titolo", Field::Degree}, {"istituto", Field::School}, {"anno", Field::Period}, {"votazione", Field::Score},
        {"titolo conseguito", Field::Degree}, {"titolo di studio", Field::Degree},
        {"voto", Field::Score},
        // AlmaLaurea's graduate CV: "Titolo" / "Ateneo" / "Anno di immatricolazione" / "Data di conseguimento" /
        // "Voto di laurea", then the thesis; a stay abroad as "Programma" / "Università ospitante" / "Periodo".
        {"ateneo", Field::School}, {"università ospitante", Field::School}, {"programma", Field::Degree},
        {"periodo", Field::Period}, {"anno di immatricolazione", Field::Period}, {"data di conseguimento", Field::PeriodEnd},
        {"anno di conseguimento", Field::PeriodEnd}, {"voto di laurea", Field::Score}, {"dipartimento", Field::Detail},
        {"titolo della tesi", Field::Detail}, {"materia della tesi", Field::Detail}, {"relatore", Field::Detail},
        {"esami sostenuti", Field::Detail},
        // Tecnoempleo: "Titulación: …" / "Centro: …" / "Especialidad: …" / "Fecha: 09/2011 - 07/2015" / "Nota media: 7,4".
        {"fecha", Field::Period}, {"especialidad", Field::Detail},
        // A Spanish portal's profile pasted: "Nivel de estudios: Máster" / "Titulación: …" / "Fecha de inicio: …" /
        // "Fecha de finalización: …" / "Estudios finalizados: Sí".
        {"nivel de estudios", Field::Detail}, {"fecha de inicio", Field::Period}, {"fecha de finalización", Field::PeriodEnd},
        {"fecha de fin", Field::PeriodEnd}, {"estudios finalizados", Field::Status}, {"data de início", Field::Period},
        {"data de conclusão", Field::PeriodEnd}, {"school or university", Field::School}, {"degree", Field::Degree}, {"field of study", Field::Detail},
        {"overall result (gpa)", Field::Score}, {"from", Field::Period}, {"to", Field::PeriodEnd},
        {"to (actual or expected)", Field::PeriodEnd},
        // The same portal's schools: "Diploma:" / "Studierichting:" / "Onderwijsinstelling:" / "Van:" / "Tot:" / "Graad:".
        {"diploma", Field::Degree}, {"studierichting", Field::Detail}, {"onderwijsinstelling", Field::School},
        {"van", Field::Period}, {"tot", Field::PeriodEnd}, {"diploma behaald", Field::Status}, {"graad", Field::Score},
        {"plaats", Field::Place},
        // A Dutch applicant-tracking form's schools: "Hoogst genoten opleiding   HBO-V, …" / "Onderwijsinstelling   …" / "Periode"
        // ("Opleiding" alone heads the section).
        {"hoogst genoten opleiding", Field::Degree},
        // A Portuguese agency's "Ficha de Candidatura", each label in a cell over its value: "Entidade empregadora" /
        // "Local" / "Data de início" / "Data de fim" / "Função" / "Principais tarefas".
        {"entidade empregadora", Field::Company}, {"data de início", Field::Period}, {"data de fim", Field::PeriodEnd},
        {"função", Field::Position}, {"local", Field::Place}, {"principais tarefas", Field::Duties},
        // Indian job sites' "Job Profile:" over a job's duties.
        {"job profile", Field::Duties}, {"job description", Field::Duties}};
    std::vector<std::pair<std::string, Field>> keyed;
    for (const auto& [label, field] : labels) keyed.emplace_back(label_key(label), field);
    return keyed;
  }();
  return kLabels;
}

/// The grid's field a label (as `label_key` gives it) names, Field::None for any other text.
Field grid_field(const std::string& key) {
  for (const auto& [label, field] : europass_labels())
    if (key == label) return field;
  return Field::None;
}

/// The old Europass grid prints each label in a cell of its own, its value in the next:
/// "Lavoro o posizione ricoperti" / "Impiegata contabile". The duties label has no value: None.
Field bare_label(std::string_view text) {
  auto field = grid_field(label_key(text));
  return field == Field::Duties ? Field::None : field;
}


/// The rest of a known label that `key` begins at a word's end ("name und adresse des" -> "arbeitgebers").
std::optional<std::string> label_rest(const std::string& key) {
  for (const auto& [label, field] : europass_labels())
    if (label.size() > key.size() + 1 && label.starts_with(key) && label[key.size()] == ' ') return label.substr(key.size() + 1);
  return std::nullopt;
}

/// A line's rail label and its value: the text before and after its first column gap, or after a grid label's
/// colon ("Curso: Administração").
std::pair<std::string, std::string> label_and_value(std::string_view text) {
  text = trim(text);
  auto gap = text.find("   ");
  if (auto colon = text.find(": "); colon != std::string_view::npos && colon < gap && colon <= 24 &&
                                    grid_field(label_key(text.substr(0, colon))) != Field::None)
    return {std::string(text.substr(0, colon)), std::string(trim(text.substr(colon + 1)))};
  if (gap == std::string_view::npos) return {std::string(text), ""};
  return {std::string(text.substr(0, gap)), std::string(trim(text.substr(gap)))};
}

/// iCIMS's "Inland Northwest Heart & Vascular Center Location   Spokane, WA": a long value runs up to the next
/// field's label in its row; the label set apart again, as the other rows print it.
std::string apart_from_next_label(std::string value) {
  auto gap = value.find("   ");
  if (gap == std::string::npos) return value;
  auto space = value.rfind(' ', gap - 1);
  if (space == std::string::npos || space + 1 >= gap || !std::isupper(static_cast<unsigned char>(value[space + 1]))) return value;
  if (field_of(fold_case(value.substr(space + 1, gap - space - 1))) == Field::None) return value;
  return value.substr(0, space) + "  " + value.substr(space);
}

/// "Fechas      mayo 2018 – actualidad": the old Europass's rail label set apart from its value by a gap, no
/// colon; only in a form of such labels (a modern header's "Role   Led the pricing workstream" is a duty).
LabelledLine read_rail_labelled(std::string_view text) {
  text = strip_marks(text);
  auto gap = text.find("   ");
  if (gap == std::string_view::npos || gap > 40) return {};
  auto label = fold_case(collapse_spaces(std::string(text.substr(0, gap))));
  auto field = field_of(label);
  if (field == Field::None) field = bare_label(label);
  // "Categoría / Nivel   Mando intermedio": two labels for one row, named by the first.
  if (auto slash = label.find(" / "); field == Field::None && slash != std::string::npos) field = field_of(label.substr(0, slash));
  auto value = trim(text.substr(gap));
  if (value.starts_with(':')) value = trim(value.substr(1));  // "Job Appointment   : Accounts Assistant"
  if (field == Field::None) return {};
  return {field, apart_from_next_label(std::string(value))};
}

LabelledLine read_labelled(std::string_view text) {
  text = strip_marks(text);
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return {};
  auto label = fold_case(collapse_spaces(std::string(text.substr(0, colon))));
  auto field = field_of(label);
  // "Position Last Held", "Period of Employment": a known label qualified after its first words.
  // (Not down to a period's end: "Ende der Probezeit" is no end of the job.)
  for (auto space = label.rfind(' '); field == Field::None && space != std::string::npos; space = label.rfind(' ')) {
    label.erase(space);
    field = field_of(label);
    if (field == Field::PeriodEnd) field = Field::None;
  }
  if (field == Field::None || count_words(text.substr(0, colon)) > 4) return {};
  // A card's row of pieces (see `unstack_label_grids`): the first piece's value.
  auto end = std::min(text.find(kFieldSeparator), text.size());
  return {field, std::string(trim(text.substr(colon + 1, end - colon - 1)))};
}

/// A card's label and the field it names; None for a label read as nothing ("Ocupação (CBO)", "Tempo").
std::optional<Field> card_label(std::string_view text) {
  text = trim(text);
  if (text.empty() || count_words(text) > 4 || std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  auto field = field_of(fold_case(collapse_spaces(std::string(text))));
  return field != Field::None ? field : grid_field(label_key(text));
}

/// One "Label: value" piece of a card's row, its label as `card_label` knew it.
LabelledLine read_piece(std::string_view piece) {
  auto colon = piece.find(": ");
  if (colon == std::string_view::npos) return {};
  auto label = card_label(piece.substr(0, colon));
  if (!label || *label == Field::None) return {};
  return {*label, std::string(trim(piece.substr(colon + 1)))};
}

/// A line's labelled field: by a colon, or, in a form of rail labels (`rail`), by its rail ("Fechas   mayo 2018 – …").
LabelledLine read_form_line(std::string_view text, bool rail) {
  auto labelled = read_labelled(text);
  return labelled.field == Field::None && rail ? read_rail_labelled(text) : labelled;
}

/// Interamt's "04/2020 – heute" bar over "Arbeitgeber   Stadt Porta Westfalica" / "Ort" / "Position / Tätigkeit":
/// dates alone on their line, the employer's and the title's rows beside their rail labels right below (a
/// consultancy's "Client   …" under a mission's dates and title is no such form).
bool date_bar_over_fields(const SectionText& lines, size_t i, size_t end) {
  if (i + 1 >= end || !is_date_only(lines.text[i])) return false;
  bool company = false, position = false;
  for (size_t k = i + 1; k < end && k <= i + 4; ++k) {
    auto field = read_rail_labelled(lines.text[k]).field;
    company = company || field == Field::Company;
    position = position || field == Field::Position;
  }
  auto below = read_rail_labelled(lines.text[i + 1]).field;
  return (below == Field::Company || below == Field::Position) && company && position;
}

/// A form whose periods sit in a rail with no colon ("Fechas   mayo 2018 – actualidad") labels its other fields so;
/// so does one whose periods head its entries as bars of their own.
bool dates_in_rail(const SectionText& lines, const Section& section) {
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    if ((read_labelled(lines.text[i]).field == Field::None && read_rail_labelled(lines.text[i]).field == Field::Period) ||
        date_bar_over_fields(lines, i, section.end_line))
      return true;
    // "Data de início   01-09-2018   Data de fim   (atual)": a pair of rail labels on one line, read as pieces.
    auto pieces = card_pieces(lines.text[i]);
    if (std::any_of(pieces.begin(), pieces.end(), [](std::string_view piece) { return read_piece(piece).field == Field::Period; }))
      return true;
  }
  return false;
}

class FormReader {
 public:
  FormReader(const SectionText& lines, const Section& section, Resume& resume)
      : lines_(lines), section_(section), resume_(resume), rail_form_(dates_in_rail(lines, section)) {}

  void run() {
    for (size_t i = section_.first_line; i < section_.end_line; ++i) {
      const Line& line = lines_.document.lines[i];
      if (line.zone == Zone::Header || line.zone == Zone::Footer) continue;
      std::string_view raw = trim(lines_.text[i]);
      if (raw.empty() || is_rule_or_caption(raw)) continue;
      if (auto pieces = card_pieces(raw); !pieces.empty()) {
        for (auto piece : pieces)
          if (auto labelled = read_piece(piece); labelled.field != Field::None) take(labelled, i);
        continue;
      }
      if (auto field = bare_label(raw); field != Field::None) {
        pending_ = field;
        continue;
      }
      if (is_duties_label(raw)) continue;  // "Principali attività e responsabilità" over the duties
      // "Funciones y responsabilidades   Atención integral …": the label in the rail beside the first duty.
      if (auto gap = raw.find("   "); open_ && gap != std::string_view::npos && is_duties_label(raw.substr(0, gap))) {
        auto duty = trim(raw.substr(gap));
        bullets_.push_back({std::string(strip_marks(duty)), i});
        last_marked_ = strip_marks(duty).size() != duty.size();  // "Funciones   • Dirección …" / "(42 km)": a wrap follows
        continue;
      }
      // "Empresa: Agroindustrias del Paraná S.A." / "(trabajo híbrido desde Rosario)": a note on the field above.
      if (has_fields_ && bullets_.empty() && raw.starts_with("(") && raw.ends_with(")")) continue;
      // "Empresa:   Montajes …, S.L. (contrata de mantenimiento en el Complejo" / "de Puertollano)": the remark closes below.
      if (open_ && employer_line_ + 1 == i && bullets_.empty() && leaves_bracket_open(current_.company) &&
          read_form_line(raw, rail_form_).field == Field::None && bare_label(raw) == Field::None) {
        current_.company += " " + std::string(raw);
        drop_lower_case_remark(current_.company);
        continue;
      }
      if (pending_ != Field::None) {  // the value under a label printed in a cell of its own
        auto field = std::exchange(pending_, Field::None);
        if (field != Field::Detail) take({field, std::string(raw)}, i);
        continue;
      }
      auto labelled = read_form_line(raw, rail_form_);
      if (labelled.field == Field::None && date_bar_over_fields(lines_, i, section_.end_line))
        labelled = {Field::Period, std::string(raw)};
      if (labelled.field != Field::None) {
        take(labelled, i);
        continue;
      }
      if (title_line_at(i)) {
        finish();
        start(i);
        position_line_ = i;
        current_.position = std::string(strip_marks(raw));
        continue;
      }
      if (employer_line_at(i)) {
        finish();
        start(i);
        // "Zenith Crest Microfinance Bank Ltd | Lagos": the employer, then where it is.
        auto parts = split_parts(strip_marks(raw));
        current_.company = parts.empty() ? std::string(strip_marks(raw)) : parts.front();
        current_.location = split_off_place(current_.company, true);
        // "1. Tata Consultancy Services: Chennai": the town after the employer's colon.
        if (auto colon = current_.company.find(": "); colon != std::string::npos && current_.location.empty()) {
          auto town = current_.company.substr(colon + 2);
          if (is_location(town) || is_place_name(town, 2)) {
            current_.location = town;
            current_.company.erase(colon);
          }
        }
        if (parts.size() > 1 && current_.location.empty() && is_place_name(parts[1])) current_.location = parts[1];
        banner_ = current_;
        continue;
      }
      if (!open_ || raw.back() == ':') continue;
      if (takes_address_below_employer(raw, i)) continue;
      // "Tipo di impiego   Farmacista … (CCNL Federfarma, I" / "livello)": the title's bracket closes below.
      if (position_line_ + 1 == i && bullets_.empty() && leaves_bracket_open(current_.position)) {
        current_.position += " " + std::string(raw);
        continue;
      }
      bool marked = line.list_item || strip_marks(raw).size() != raw.size();
      // A plain line under a marked duty wraps it ("… (arneses y módulos" / "eléctricos).").
      if (!marked && last_marked_ && !bullets_.empty() && bullets_.back().second + 1 == i) {
        bullets_.back().first += " " + std::string(raw);
        bullets_.back().second = i;
        continue;
      }
      bullets_.push_back({std::string(strip_marks(raw)), i});
      last_marked_ = marked;
    }
    finish();
  }

 private:
  /// A line short enough to name a job or an employer, with no dates and no label's colon.
  static bool short_name_line(std::string_view text) {
    return !text.empty() && count_words(text) <= 9 && !find_date(text) && text.back() != ':';
  }

  /// An unlabelled short line right above labelled fields names the employer ("1. PSA Corporation Ltd").
  bool employer_line_at(size_t i) const {
    std::string_view raw = trim(lines_.text[i]);
    std::string_view text = strip_marks(raw);
    // A bullet is a duty, never the employer; numbering ("2. PSA Corporation") may be.
    const Line& line = lines_.document.lines[i];
    bool numbered = (!raw.empty() && std::isdigit(static_cast<unsigned char>(raw.front()))) ||
                    (line.list_item && !line.list_marker.empty() && std::isdigit(static_cast<unsigned char>(line.list_marker.front())));
    if ((text.size() != raw.size() && !numbered) || (line.list_item && !numbered)) return false;
    if (!short_name_line(text) || text.back() == '.') return false;
    // "Total Experience: 7 years 6 months" over the first "Designation :": a label and its figure, no employer (not
    // "1. Tata Consultancy Services: Chennai").
    if (auto colon = text.find(':'); colon != std::string_view::npos && count_words(text.substr(0, colon)) <= 3 &&
                                     text.find_first_of("0123456789", colon) != std::string_view::npos)
      return false;
    for (size_t next = i + 1; next < section_.end_line && next <= i + 2; ++next)
      if (read_labelled(lines_.text[next]).field == Field::Position || read_labelled(lines_.text[next]).field == Field::Period)
        return !open_ || !bullets_.empty() || has_fields_;
    return false;
  }

  /// "### Responsable de Marketing Digital" over "**Empresa:** …" / "**Periodo:** …": a heading over labelled fields
  /// that name the employer but no position is the position. So is a plain line right over the employer's row of a
  /// portal's rail ("Cocinera" / "Empresa   Mesón El Alto de la Villa S.L.", Empléate).
  bool title_line_at(size_t i) const {
    const Line& line = lines_.document.lines[i];
    std::string_view raw = trim(lines_.text[i]);
    std::string_view text = strip_marks(raw);
    if (line.list_item || text.size() != raw.size() || !short_name_line(text) || text.back() == '.') return false;
    // A colon form's plain line over "Company:" is as often the last duty above it.
    if (!line.heading && !(rail_form_ && i + 1 < section_.end_line && field_at(i + 1) == Field::Company)) return false;
    bool company = false;
    for (size_t next = i + 1; next < section_.end_line && next <= i + 4; ++next) {
      auto field = field_at(next);
      if (field == Field::Position || lines_.document.lines[next].heading) return false;
      company = company || field == Field::Company;
    }
    return company;
  }

  Field field_at(size_t k) const { return read_form_line(lines_.text[k], rail_form_).field; }

  /// "Nome e indirizzo del datore di lavoro   Farmacia Gran Madre" / "Corso Casale 12, 10131 Torino": the address the
  /// form asks for, on the line under the employer's name, gives the town and is no duty.
  bool takes_address_below_employer(std::string_view raw, size_t i) {
    if (employer_line_ + 1 != i || !bullets_.empty()) return false;
    std::string probe = "-, " + std::string(raw);
    auto town = split_off_address(probe);
    if (town.empty() || probe != "-") return false;
    if (current_.location.empty()) current_.location = town;
    return true;
  }

  void take(const LabelledLine& labelled, size_t line) {
    // "Employeur : Sopra Steria" over "Client : Airbus Atlantic": a consultant's client under the employer is a detail.
    if (labelled.field == Field::Company && !current_.company.empty() && starts_with_icase(trim(lines_.text[line]), "client"))
      return;
    bool repeated = (labelled.field == Field::Company && !current_.company.empty() && !company_carried_) ||
                    (labelled.field == Field::Position && !current_.position.empty()) ||
                    (labelled.field == Field::Period && current_.start.year != 0);
    // Europass prints the employer after the duties: a job's first employer row still belongs to it.
    bool late_employer = labelled.field == Field::Company && (current_.company.empty() || company_carried_);
    if (!open_ || repeated || (!bullets_.empty() && has_fields_ && !late_employer)) {
      // "1) Siderúrgica Vale do Paraíba S.A." over two "Cargo:" blocks: the second role keeps the employer's line.
      bool under_banner = !banner_.company.empty() && current_.company == banner_.company;
      finish();
      start(line);
      if (labelled.field == Field::Position && under_banner) {
        current_.company = banner_.company;
        current_.location = banner_.location;
        company_carried_ = true;
      }
    }
    has_fields_ = true;
    switch (labelled.field) {
      case Field::Company:
        company_carried_ = false;
        banner_ = {};
        employer_line_ = line;
        current_.company = drop_rating_stars(labelled.value);
        drop_lower_case_remark(current_.company);  // "Oeste Sul Alimentos S.A. (unidade de aves)": the unit, no name
        // "Padana Agrimacchine S.r.l. – Suzzara (MN) · macchine agricole": a description of the firm after a middle dot.
        if (auto dot = current_.company.rfind(" · "); dot != std::string::npos) {
          auto tail = current_.company.substr(dot + std::strlen(" · "));
          // Not "Delivery Hero · iFood Brasil": a brand opening in lower case; a description has no capital.
          if (std::none_of(tail.begin(), tail.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
            current_.company.erase(dot);
          else if (names_town_and_state(tail) && current_.location.empty()) {  // "Rede Mais Supermercados · Três Corações/MG"
            current_.location = tail;
            current_.company.erase(dot);
          }
        }
        // "Estudio Contable Bertolini & Asociados - Rosario, Santa Fe": the town after a spaced dash.
        for (const char* dash : {" - ", " – ", " — "})
          if (auto at = current_.company.rfind(dash); at != std::string::npos && current_.location.empty()) {
            auto town = current_.company.substr(at + std::strlen(dash));
            // "Solar Valle de Alcudia, S.A. – Argamasilla de Calatrava": after a legal form a town's name joined by a link
            // word (not "Robert Bosch GmbH – Power Tools", a division).
            static const std::regex kLinked{R"(^\S+(?:\s+(?:de|del|la|am|an|im|sur|en|di|da|do|du|des)\s+\S+)+$)"};
            bool after_form = has_legal_form(current_.company.substr(0, at)) && is_place_name(town) && !names_part_of_firm(town) &&
                              std::regex_match(town, kLinked);
            if (!is_location(town) && city_country(town).empty() && !is_town_with_area(town) && !after_form) continue;
            current_.location = town;
            current_.company.erase(at);
          }
        // Europass asks for the employer's name and address: "Seehotel Kärntnerhof, Seepromenade 12, 9220 Velden".
        if (auto town = split_off_address(current_.company); current_.location.empty()) current_.location = town;
        if (auto place = split_off_place(current_.company, true); current_.location.empty()) current_.location = place;
        // "Centro de Salud El Porvenir, Sevilla": the town after the employer's comma; not "…, Área de Economía".
        if (auto comma = current_.company.rfind(", "); comma != std::string::npos) {
          auto town = current_.company.substr(comma + 2);
          if ((!city_country(town).empty() || (count_words(town) == 1 && is_place_name(town))) &&
              organisation_score(town) + institution_score(town) + title_score(town) == 0) {
            current_.location = current_.location.empty() ? town : town + ", " + current_.location;
            current_.company.erase(comma);
          }
        }
        break;
      case Field::Position: {
        position_line_ = line;
        // "Educador de infância (2342.0)": the national occupation code a public portal adds is no part of the title.
        static const std::regex kOccupationCode{R"(\s*\(\d{4}(?:[.-]\d{1,2})?\)\s*$)"};
        current_.position = std::regex_replace(labelled.value, kOccupationCode, "");
        break;
      }
      case Field::Place: current_.location = labelled.value; break;
      case Field::Period:
        if (auto date = find_date(labelled.value)) {
          current_.start = date->start;
          if (date->range) current_.end = date->end;
        }
        break;
      case Field::PeriodEnd:  // "Fecha de finalización: julio 2015" closes what "Fecha de inicio" opened
        if (auto date = find_date(labelled.value)) current_.end = date->range ? date->end : date->start;
        break;
      case Field::None:
      case Field::Status:
      case Field::Detail:
      case Field::Degree:  // education rows: read by parse_labelled_education
      case Field::School:
      case Field::Score:
      case Field::Duties: break;
    }
  }

  void start(size_t line) {
    current_ = WorkEntry{};
    company_carried_ = false;
    current_.section = section_.canonical;
    current_.first_line = line;
    current_.location_in_document = lines_.document.lines[line].location;
    open_ = true;
    has_fields_ = false;
  }

  void finish() {
    if (open_ && (!current_.position.empty() || !current_.company.empty()) && current_.start.year != 0) {
      for (const auto& [text, line] : bullets_) add_highlight(current_, resume_.work.size(), text, line, section_, lines_.document, resume_);
      resume_.work.push_back(std::move(current_));
    }
    current_ = WorkEntry{};
    bullets_.clear();
    open_ = false;
    has_fields_ = false;
  }

  const SectionText& lines_;
  const Section& section_;
  Resume& resume_;
  WorkEntry current_;
  std::vector<std::pair<std::string, size_t>> bullets_;
  bool open_ = false;
  bool has_fields_ = false;
  bool last_marked_ = false;  ///< the last duty had a bullet or a number
  Field pending_ = Field::None;  ///< a bare label above: the next line is its value
  size_t employer_line_ = std::string::npos;  ///< the line that named the employer
  WorkEntry banner_;              ///< the employer and town of an unlabelled employer line over its roles
  bool company_carried_ = false;  ///< the current role's employer is the banner's, no label of its own
  size_t position_line_ = std::string::npos;  ///< the line that named the position
  const bool rail_form_;         ///< labels sit in a rail beside their values, no colon
};

}  // namespace

bool is_grid_label(std::string_view line) { return grid_field(label_key(trim(line))) != Field::None; }

/// The field a label names as printed ("Reason for leaving", "Client"), with no colon to strip.
static Field label_field(std::string_view label) { return field_of(fold_case(collapse_spaces(trim(label)))); }

bool is_duties_label(std::string_view text) { return grid_field(label_key(text)) == Field::Duties || label_field(text) == Field::Duties; }

bool names_entry_field(std::string_view label) {
  return label_field(label) != Field::None || is_grid_label(label);
}

bool names_employer_field(std::string_view label) {
  return label_field(label) == Field::Company;
}

bool names_detail_field(std::string_view label) {
  return label_field(label) == Field::Detail;
}

bool is_form_field(std::string_view line) {
  // "Institution:  …" / "Qualification:  …" / "Year:  2013": a school's form, as South African CVs print it.
  static const std::regex kSchoolField{
      R"(^\s*(?:institution|school|university|college|qualification|degree|year|years|subjects|major|grade|results)\s*:\s*\S)",
      std::regex::icase};
  return read_labelled(line).field != Field::None || std::regex_search(line.begin(), line.end(), kSchoolField);
}

/// A school table's column label that heads no form row on its own ("opleiding   niveau   onderwijsinstelling   periode");
/// the form's own labels ("Curso", "Anno") are the grid's.
bool names_school_column(const std::string& label) {
  static const std::set<std::string, std::less<>> kColumns = {
      "school", "institution", "dates", "degree", "year", "grade", "qualification", "opleiding", "niveau", "onderwijsinstelling",
      "instituut", "jaar", "diploma", "certificaat", "cursus", "abschluss", "einrichtung", "note", "diplôme", "établissement",
      "année", "año", "ano", "scuola", "college", "university", "board", "institute", "class", "cgpa", "gpa", "marks",
      "percentage", "specialization", "specialisation", "course", "result", "titulación", "centro", "nota media", "curso", "entidad",
      "horas"};
  return kColumns.count(label) > 0;
}

bool is_column_header(std::string_view line) {
  std::string text = fold_case(line);
  for (char& c : text)
    if (c == '/' || c == '|') c = ' ';
  // A spreadsheet's header row saved as text: "Début⇥Fin⇥Poste⇥Entreprise⇥Missions", each tab a column gap.
  for (auto tab = text.find('\t'); tab != std::string::npos; tab = text.find('\t', tab)) text.replace(tab, 1, "   ");
  auto words = split_on_gaps(text);
  if (words.size() < 2) return false;
  return std::all_of(words.begin(), words.end(), [](const std::string& label) {
    return field_of(label) != Field::None || grid_field(label_key(label)) != Field::None || names_school_column(label);
  });
}

namespace {

/// The value a line labels as `field`; a bare label's empty value only where `bare` allows it.
std::optional<std::string> value_labelled(const LabelledLine& labelled, Field field, bool bare = false) {
  if (labelled.field != field || (labelled.value.empty() && !bare)) return std::nullopt;
  return labelled.value;
}

}  // namespace

std::optional<std::string> period_value(std::string_view line) {
  auto labelled = read_labelled(line);
  // "Periode   sep. 2012 – jul. 2016" in a form's cells: a rail label only before the dates themselves.
  if (labelled.field == Field::None) {
    labelled = read_rail_labelled(line);
    if (!find_date(labelled.value)) return std::nullopt;
  }
  return value_labelled(labelled, Field::Period, true);
}

std::optional<std::string> company_value(std::string_view line) {
  auto labelled = read_labelled(line);
  if (labelled.field == Field::None) labelled = read_rail_labelled(line);
  return value_labelled(labelled, Field::Company);
}

std::optional<std::string> position_value(std::string_view line) { return value_labelled(read_labelled(line), Field::Position); }

bool uses_labelled_fields(const SectionText& lines, const Section& section) {
  int positions = 0, periods = 0;
  bool value_line = false;  // under a bare label: its value, however dated
  bool after_duty = false;   // the line above is a bulleted duty or its wrap
  const bool rail = dates_in_rail(lines, section);  // as the form reader will read it
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    // The form reader skips running heads and feet too ("Currículum de … – actualizado el 14/10/2025   Página 1 de 2").
    if (trim(lines.text[i]).empty() || lines.document.lines[i].zone == Zone::Header || lines.document.lines[i].zone == Zone::Footer)
      continue;
    if (auto pieces = card_pieces(lines.text[i]); !pieces.empty()) {
      for (auto piece : pieces) {
        auto field = read_piece(piece).field;
        positions += field == Field::Position || field == Field::Company ? 1 : 0;
        periods += field == Field::Period ? 1 : 0;
      }
      continue;
    }
    if (auto bare = bare_label(lines.text[i]); bare != Field::None) {
      positions += bare == Field::Position || bare == Field::Company ? 1 : 0;
      periods += bare == Field::Period ? 1 : 0;
      value_line = true;
      continue;
    }
    if (std::exchange(value_line, false)) continue;
    auto field = read_form_line(lines.text[i], rail).field;
    // A dated job header of its own ("Infosys   2019 – 2021" over "Role:"/"Duration:" project
    // lines): the jobs are not a form, the labels describe projects inside them.
    const Line& line = lines.document.lines[i];
    bool bulleted = line.list_item || strip_marks(lines.text[i]).size() != trim(lines.text[i]).size();
    // "– Recruiting … (ausgezeichne-" / "ter Lehrbetrieb 2023)": a duty's wrap, not a dated header.
    bool wraps_duty = after_duty && starts_lower(trim(lines.text[i]));
    after_duty = bulleted || wraps_duty;
    if (field == Field::None && date_bar_over_fields(lines, i, section.end_line)) {
      ++periods;
      continue;
    }
    if (field == Field::None && !bulleted && !wraps_duty && find_date(lines.text[i])) return false;
    positions += field == Field::Position || field == Field::Company ? 1 : 0;
    periods += field == Field::Period ? 1 : 0;
  }
  return positions >= 1 && periods >= 1;
}

void parse_labelled_work(const SectionText& lines, const Section& section, Resume& resume) {
  FormReader(lines, section, resume).run();
}

void join_wrapped_form_labels(std::vector<std::string>& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    auto [label, value] = label_and_value(text[i]);
    if (label.empty() || count_words(label) > 14) continue;  // longer than any of the grid's labels
    auto key = label_key(label);  // folded once: this runs over every line of every document
    if (grid_field(key) != Field::None) continue;
    auto rest = label_rest(key);
    size_t next = i + 1;
    while (next < text.size() && next <= i + 2 && trim(text[next]).empty()) ++next;  // a label joined before
    if (!rest || next >= text.size()) continue;
    auto [next_label, more] = label_and_value(text[next]);
    if (label_key(next_label) != *rest) continue;
    // "– Tratamento de feridas complexas" / "– Terapia por pressão negativa": a list beside the label goes on as one.
    if (!value.empty() && !more.empty() && strip_marks(more).size() != trim(more).size()) {
      text[i] = label + " " + next_label + "   " + value;
      text[next] = more;
      continue;
    }
    // "… 6370 Kitz-" / "bühel": the value wrapped beside the label's second line.
    if (!value.empty() && value.back() == '-' && starts_lower(more)) value.pop_back();
    else if (!value.empty() && !more.empty()) value += ' ';
    value += more;
    text[i] = label + " " + next_label + (value.empty() ? "" : "   " + value);
    text[next].clear();
    --i;  // "Name and type of organisation" / "providing education and" / "training": maybe a third line
  }
}

/// An application form's labels above their values ("Job Title   Company" / "Senior Analyst   Buckeye Partners,
/// LLC", "From" / "06/2021"), as Workday prints its review page: only the labels it prints, never generic words,
/// each read as the form readers read it ("Job Title" a position, "School or University" a school).
std::optional<Field> stacked_label(std::string_view cell) {
  static const std::set<std::string, std::less<>> kPrinted = {
      "job title", "company", "location", "from", "to", "to (actual or expected)", "role description", "i currently work here",
      "school or university", "degree", "field of study", "overall result (gpa)"};
  if (cell.size() > 24) return std::nullopt;  // asked of every short line's cells: the set holds no longer label
  auto key = fold_case(collapse_spaces(cell));
  if (!kPrinted.count(key)) return std::nullopt;
  auto field = field_of(key);
  return field != Field::None ? field : grid_field(label_key(key));
}

void unstack_form_labels(std::vector<std::string>& text) {
  // Rows of labels only, two at most (not a duties label: its bullets below stay the job's highlights).
  std::vector<bool> label_row(text.size());
  int rows = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    auto line = trim(text[i]);
    if (line.empty() || line.size() > 60) continue;  // asked of every line of every document: the cheap test first
    auto cells = split_cells(line);
    label_row[i] = cells.size() <= 2 && std::all_of(cells.begin(), cells.end(), [](const std::string& cell) {
                     auto field = stacked_label(cell);
                     return field && *field != Field::Duties;
                   });
    rows += label_row[i] ? 1 : 0;
  }
  if (rows < 3) return;  // a form prints many such rows; a lone "Location" over a town is no form
  // "Work Experience 2", "Education 1": the form numbers its entries under a section's name; no field.
  static const std::regex kNumbered{R"(^\s*(\D+?)\s+\d{1,2}\s*$)"};
  for (auto& line : text)
    if (std::smatch numbered; std::regex_match(line, numbered, kNumbered) && canonical_section(numbered.str(1)).exact) line.clear();
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (!label_row[i] || label_row[i + 1] || trim(text[i + 1]).empty()) continue;
    auto labels = split_cells(text[i]), values = split_cells(text[i + 1]);
    if (values.size() > labels.size()) continue;
    // Each value under its label: by where the cells start on their lines.
    std::vector<std::string> rewritten;
    for (const auto& value : values) {
      size_t at = text[i + 1].find(value), label = 0;
      for (size_t k = 1; k < labels.size(); ++k)
        if (text[i].find(labels[k]) <= at + 2) label = k;
      rewritten.push_back(labels[label] + ": " + value);
    }
    text[i] = rewritten[0];
    text[i + 1] = rewritten.size() > 1 ? rewritten[1] : "";
    ++i;
  }
}

namespace {

using LabelRow = std::vector<std::pair<Cell, Field>>;

/// "EMPREGADOR   MUNICÍPIO   ADMISSÃO   DESLIGAMENTO", "Admissão   Desligamento   Tempo": a row of short labels, two
/// or more naming a job's fields; empty for any other line.
LabelRow label_row_of(const Line& line) {
  auto cells = cells_of(line);
  if (cells.size() < 2 || cells.size() > 6) return {};
  LabelRow row;
  int known = 0;
  bool names_job = false;
  for (auto& cell : cells) {
    auto field = card_label(cell.text);
    // A school's labels ("Curso   Instituição   Conclusão") are the education readers'.
    if (!field || *field == Field::Degree || *field == Field::School || *field == Field::Score || *field == Field::Status) return {};
    known += *field != Field::None ? 1 : 0;
    names_job = names_job || (*field != Field::None && *field != Field::Detail && *field != Field::Duties);
    row.emplace_back(std::move(cell), *field);
  }
  return known >= 2 && names_job ? row : LabelRow{};
}

/// The column of the label row a value's cell starts under; nullopt left of the first label.
std::optional<size_t> column_under(const LabelRow& labels, const Cell& cell) {
  if (cell.x0 < labels.front().first.x0 - 3) return std::nullopt;
  size_t column = 0;
  while (column + 1 < labels.size() && labels[column + 1].first.x0 <= cell.x0 + 3) ++column;
  return column;
}

/// Line `k` goes on with the values of a card read down to line `last`: close under it, each cell in a column
/// already filled and ending before the next label ("CACAUEIRA INDUSTRIAL DO SUL DA" / "BAHIA LTDA").
bool continues_values(const Document& document, const LabelRow& labels, const std::vector<std::string>& values, size_t last, size_t k) {
  const Line& line = document.lines[k];
  const Line& above = document.lines[last];
  if (!line.location.box || !above.location.box || line.location.page != above.location.page ||
      line.location.box->y0 - above.location.box->y1 > 0.6 * above.location.box->height())
    return false;
  auto cells = cells_of(line);
  // A wrap goes on in some of the cells, with no date: a line filling as many is the next row of values.
  auto filled = std::count_if(values.begin(), values.end(), [](const std::string& value) { return !value.empty(); });
  if (static_cast<long>(cells.size()) >= filled || find_date(line.text)) return false;
  return !cells.empty() && std::all_of(cells.begin(), cells.end(), [&](const Cell& cell) {
    auto column = column_under(labels, cell);
    auto label = card_label(cell.text);
    return column && !values[*column].empty() && !(label && *label != Field::None) &&
           (*column + 1 == labels.size() || cell.x1 <= labels[*column + 1].first.x0 - 1);
  });
}

/// The job's title, set bold over its first card with no title label ("Eletricista de instalações   CBO 7156-10
/// Carteira de Trabalho Digital"): its first cell, the chips after it dropped.
void label_title_above(const Document& document, std::vector<std::string>& text, size_t card) {
  size_t above = card;
  while (above > 0 && trim(text[above - 1]).empty()) --above;
  if (above == 0) return;
  const Line& line = document.lines[above - 1];
  const std::string& raw = text[above - 1];
  if (raw.find(kFieldSeparator) != std::string::npos || line.heading) return;
  // The title is the line's bold opening, in one font and one cell: the code and the chips after it ("CBO 7156-10",
  // "Carteira de Trabalho Digital") are set in other type or apart.
  auto cells = cells_of(line);
  if (cells.empty()) return;
  std::string title;
  const TextRun* previous = nullptr;
  for (const auto& run : line.runs) {
    if (trim(run.text).empty() || !run.location.box) continue;
    if (!run.bold || (previous && run.font != previous->font) || run.location.box->x0 > cells.front().x1) break;
    if (previous && word_break_between(*previous, run)) title += ' ';
    title += trim(run.text);
    previous = &run;
  }
  title = collapse_spaces(title);
  if (title.empty() || count_words(title) > 9 || find_date(title) || card_label(title).value_or(Field::None) != Field::None) return;
  text[above - 1] = "Position: " + title;
}

/// Reads one card: the values under the label row `i`, as "Label: value" pieces on the label's line.
void read_card(const Document& document, std::vector<std::string>& text, const std::vector<LabelRow>& rows, size_t i) {
  const LabelRow& labels = rows[i];
  size_t j = i + 1;
  if (j >= text.size() || trim(text[j]).empty() || !rows[j].empty() || !document.lines[j].location.box ||
      document.lines[j].location.page != document.lines[i].location.page)
    return;
  std::vector<std::string> values(labels.size());
  for (const auto& cell : cells_of(document.lines[j]))
    if (auto column = column_under(labels, cell)) append_word(values[*column], trim(cell.text));
  size_t last = j;
  while (last + 1 < text.size() && !trim(text[last + 1]).empty() && rows[last + 1].empty() &&
         continues_values(document, labels, values, last, last + 1)) {
    for (const auto& cell : cells_of(document.lines[last + 1])) append_word(values[*column_under(labels, cell)], trim(cell.text));
    ++last;
  }
  // A second row of values under the same labels: a table's header over its rows, the table readers' to read.
  if (size_t next = last + 1; next < text.size() && !trim(text[next]).empty() && rows[next].empty() &&
                              document.lines[next].location.page == document.lines[j].location.page && find_date(text[next])) {
    auto cells = cells_of(document.lines[next]);
    if (cells.size() >= 2 && std::all_of(cells.begin(), cells.end(), [&](const Cell& cell) { return column_under(labels, cell).has_value(); }))
      return;
  }
  std::vector<std::string> pieces;
  for (size_t c = 0; c < labels.size(); ++c)
    if (!values[c].empty() && labels[c].second != Field::None && labels[c].second != Field::Detail)
      pieces.push_back(std::string(trim(labels[c].first.text)) + ": " + values[c]);
  if (pieces.empty()) return;
  bool titled = std::any_of(labels.begin(), labels.end(), [](const auto& label) { return label.second == Field::Position; });
  if (!titled) label_title_above(document, text, i);
  text[i] = join(pieces, std::string(1, kFieldSeparator));
  for (size_t k = i + 1; k <= last; ++k) text[k].clear();
}

/// "Profissão   Educador de infância (2342.0)   Localidade   Bragança": two labels, each before its value, on one
/// line; as "Label: value" pieces, one of them a job's employer, title or dates. Empty for any other line.
std::string label_pairs_of(const std::string& line) {
  // Asked of every line with a column gap: the regex split only after a label opening the line.
  auto body = trim(line);
  if (card_label(body.substr(0, body.find("   "))).value_or(Field::None) == Field::None) return "";
  static const std::regex kGap{R"(\s{3,})"};
  std::vector<std::string> parts;
  for (std::sregex_token_iterator part(line.begin(), line.end(), kGap, -1), end; part != end; ++part) {
    std::string piece = part->str();
    if (!trim(piece).empty()) parts.emplace_back(trim(piece));
  }
  // iCIMS's "Employer   Inland Northwest Heart & Vascular Center Location   Spokane, WA": a long value runs up to the
  // next label.
  for (size_t k = 1; parts.size() % 2 != 0 && k < parts.size(); k += 2) {
    auto space = parts[k].rfind(' ');
    if (space == std::string::npos || card_label(parts[k].substr(space + 1)).value_or(Field::None) == Field::None) continue;
    parts.insert(parts.begin() + static_cast<long>(k) + 1, parts[k].substr(space + 1));
    parts[k].erase(space);
  }
  if (parts.size() < 4 || parts.size() % 2 != 0) return "";
  std::vector<std::string> pieces;
  bool names_job = false;
  for (size_t k = 0; k < parts.size(); k += 2) {
    auto label = card_label(parts[k]), value = card_label(parts[k + 1]);
    if (!label || *label == Field::None || (value && *value != Field::None)) return "";
    names_job = names_job || *label == Field::Company || *label == Field::Position || *label == Field::Period;
    pieces.push_back(parts[k] + ": " + parts[k + 1]);
  }
  return names_job ? join(pieces, std::string(1, kFieldSeparator)) : "";
}

}  // namespace

void unstack_label_grids(const Document& document, std::vector<std::string>& text) {
  std::vector<LabelRow> rows(text.size());
  std::vector<std::string> keys(text.size());
  std::map<std::string, int> repeats;
  for (size_t i = 0; i < text.size() && i < document.lines.size(); ++i) {
    if (text[i].empty() || text[i].size() > 120 || !document.lines[i].location.box) continue;  // the cheap test first
    rows[i] = label_row_of(document.lines[i]);
    if (!rows[i].empty()) ++repeats[keys[i] = fold_case(collapse_spaces(text[i]))];
  }
  // A portal prints the same row of labels over every job; one such row is a table's header, read as a table.
  for (size_t i = 0; i < rows.size(); ++i)
    if (!rows[i].empty() && repeats[keys[i]] >= 2) read_card(document, text, rows, i);
  for (auto& line : text)
    if (line.size() < 160 && line.find("   ") != std::string::npos)
      if (auto pairs = label_pairs_of(line); !pairs.empty()) line = pairs;
}

bool uses_labelled_education(const SectionText& lines, const Section& section) {
  bool period = false, school = false;
  int rows = 0, colon_rows = 0, filled = 0;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    auto raw = trim(lines.text[i]);
    if (raw.empty() || is_rule_or_caption(raw)) continue;
    ++filled;
    auto [label, value] = label_and_value(raw);
    auto field = bare_label(label);
    period = period || field == Field::Period;
    school = school || field == Field::Degree || field == Field::School;
    rows += field != Field::None ? 1 : 0;
    colon_rows += field != Field::None && raw.size() > label.size() && raw[label.size()] == ':' ? 1 : 0;
  }
  // Rows labelled with a colon make a form only when they are most of its lines: "Curso: MBA Executivo" under an
  // entry written out is a remark.
  // Without colons a quarter of the lines at least: "DEGREE" and "DATE" heading a table's columns make no form.
  return period && school && (colon_rows == 0 ? rows * 4 >= filled : rows * 10 >= filled * 8);
}

namespace {

/// One school of Europass's education grid, its rows' values as printed.
struct SchoolRows {
  size_t first_line = 0;
  std::string period, degree, school, level, score;

  /// The row `field` names is filled already: the next school's rows have begun.
  bool holds(Field field) const {
    return (field == Field::Period && !period.empty()) || (field == Field::Degree && !degree.empty()) ||
           (field == Field::School && !school.empty());
  }

  bool complete() const { return holds(Field::Period) && holds(Field::Degree) && holds(Field::School); }
};

/// "108/110", "Voto finale: 30/30", "92/100": the grade the older form prints in its level row.
std::string grade_of_level(const std::string& level) {
  static const std::regex kGrade{R"((?:^|:\s*)(\d{1,3}(?:[.,]\d{1,2})?\s*/\s*\d{1,3})(?:\s*(?:e\s+lode|cum\s+laude))?\s*$)",
                                 std::regex::icase};
  std::smatch grade;
  return std::regex_search(level, grade, kGrade) ? grade.str(1) : "";
}

/// "Università degli Studi di Torino – Dipartimento di Scienza del Farmaco": the department the form adds is no
/// part of the school's name.
void drop_department(std::string& school) {
  static const std::regex kDepartment{
      R"(\s+(?:–|—|-)\s+(?:Dipartimento|Department|Facoltà|Faculty|Fakultät|Faculté|Facultad|Faculdade|Departamento|Département|Scuola\s+di)\b.*$)"};
  school = std::regex_replace(school, kDepartment, "");
}

/// "Graduação - Bacharelado": the degree a level row names after its dash, whole; "" for any other level.
std::string degree_after_dash(const std::string& level) {
  for (const char* dash : {" - ", " – "})
    if (auto at = level.rfind(dash); at != std::string::npos) {
      auto degree = std::string(trim(std::string_view(level).substr(at + std::strlen(dash))));
      if (!degree.empty() && degree_length(degree) == degree.size()) return degree;
    }
  return "";
}

void add_school(const SchoolRows& rows, const SectionText& lines, Resume& resume) {
  EducationEntry entry;
  entry.location_in_document = lines.document.lines[rows.first_line].location;
  assign_dates(find_date(rows.period), entry.start, entry.end, true);
  // "Nivel   Enseñanza Media completa" with no degree row: the level reached is the qualification.
  const auto& degree = rows.degree.empty() && degree_length(rows.level) > 0 ? rows.level : rows.degree;
  if (!degree.empty()) read_education_fields({degree}, entry);
  // "Nível: Graduação - Bacharelado" over "Curso: Administração": the level names the degree, the course its field.
  if (auto level_degree = degree_after_dash(rows.level); !level_degree.empty() && degree_length(rows.degree) == 0 && !rows.degree.empty()) {
    entry.study_type = level_degree;
    entry.area = rows.degree;
  }
  // "Titulación   Programa Erasmus": the row says what was earned, though no degree list knows the name.
  if (entry.study_type.empty() && !degree.empty() && (entry.area.empty() || entry.area == degree)) {
    entry.study_type = std::string(trim(degree));
    entry.area.clear();
  }
  // "Landesberufsschule Obertrum; Lehrbetrieb: Hotel Gasthof Post", "BFI Salzburg, Abendkurs": the school first.
  if (entry.score.empty()) entry.score = rows.score.empty() ? grade_of_level(rows.level) : rows.score;
  if (!has_letter(entry.score) && digits_of(entry.score).empty()) entry.score.clear();  // "Graad:   -": a field left empty
  std::string school = rows.school.substr(0, rows.school.find("; "));
  drop_department(school);
  split_off_address(school);
  split_off_place(school, false);
  // The row names the school, so a short tail after its comma is where or how it was attended ("Klagenfurt").
  if (auto comma = school.rfind(", "); comma != std::string::npos && count_words(school.substr(comma + 2)) <= 2 &&
                                       institution_score(school.substr(comma + 2)) == 0 && count_words(school.substr(0, comma)) >= 2)
    school.erase(comma);
  if (!school.empty()) entry.institution = school;
  if (!entry.institution.empty() || !entry.study_type.empty()) resume.education.push_back(std::move(entry));
}

}  // namespace

namespace {

/// The field the first row from line `from` on labels, if any.
Field next_row_field(const SectionText& lines, size_t from, size_t end) {
  for (size_t i = from; i < end; ++i)
    if (auto raw = trim(lines.text[i]); !raw.empty()) return bare_label(label_and_value(raw).first);
  return Field::None;
}

}  // namespace

void parse_labelled_education(const SectionText& lines, const Section& section, Resume& resume) {
  std::optional<SchoolRows> rows;
  Field pending = Field::None, last = Field::None, opener = Field::None;
  std::string next_level;  // "Nível: …" opening a school's rows, before the row that opens it for us
  bool level_opens = false;
  size_t last_line = 0;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    auto raw = std::string(trim(lines.text[i]));
    if (raw.empty() || is_rule_or_caption(raw)) continue;
    auto [label, value] = label_and_value(raw);
    Field field = bare_label(label);
    if (field != Field::None && value.empty()) {  // the value is on the next line
      pending = field;
      continue;
    }
    if (field == Field::None) {
      field = std::exchange(pending, Field::None);
      value = raw;
      // A value wrapped onto a line of its own goes on the row above.
      if (field == Field::None && rows && i == last_line + 1 && (last == Field::Degree || last == Field::School)) {
        field = last;
        value = (last == Field::Degree ? rows->degree : rows->school) + " " + raw;
      }
      // "GRADUAÇÃO – BACHARELADO", "ENSINO MÉDIO": a level in capitals heading its school's rows, unlabelled.
      else if (field == Field::None && is_upper_case_text(raw) && degree_length(raw) > 0)
        field = Field::Detail;
    }
    // Europass opens each school with its dates, a job portal with its degree: the row that opened the first school
    // opens every next one, as does a row met twice.
    bool opening = field == Field::Period || field == Field::Degree || field == Field::School;
    // Under a school that opens each entry, "Título" after "Carrera" names the degree the programme conferred.
    // Not a second degree with dates of its own ("Título   Grado en Derecho" / "Fechas   …" / "Título   ADE").
    bool conferred = opener == Field::School && field == Field::Degree && rows && rows->period.empty();
    // Before the row that opens the next school ("Nível: …" over "Curso: …"), not a complete school's last row.
    // Where a level row opened the first school, it opens each next one; Europass's closes its school.
    if (field == Field::Detail && !rows) level_opens = true;
    if (field == Field::Detail && (!rows || (level_opens && rows->complete() && rows->holds(next_row_field(lines, i + 1, section.end_line))))) {
      next_level = value;
      continue;
    }
    if (opening && (!rows || field == opener || (rows->holds(field) && !conferred))) {
      if (rows) add_school(*rows, lines, resume);
      rows = SchoolRows{};
      rows->first_line = i;
      rows->level = std::exchange(next_level, "");
      if (opener == Field::None) opener = field;
    }
    if (!rows) continue;
    if (field == Field::Period) rows->period = value;
    if (field == Field::PeriodEnd) rows->period = rows->period.empty() ? value : rows->period + " – " + value;
    if (field == Field::Degree) rows->degree = value;
    if (field == Field::School) rows->school = value;
    if (field == Field::Detail) rows->level = value;
    if (field == Field::Score) rows->score = value;
    if (field != Field::None) {
      last = field;
      last_line = i;
    }
  }
  if (rows) add_school(*rows, lines, resume);
}

}  // namespace atslint
