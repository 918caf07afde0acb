#include "linter/structure/table_entries.h"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "linter/structure/dates.h"
#include "linter/structure/fields.h"
#include "linter/structure/line_text.h"
#include "linter/patterns.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

// Board: the body that set the exams ("CBSE", "Maharashtra State Board"); the school when no column names one.
// Kind: the kind of employment ("Full-time", "Vacation work"), read and left out of every field.
// Duties: what the job holder did, the entry's description.
// PositionOverEmployer: "Functie en werkgever", one cell holding the title, the employer below it, maybe the town.
// PeriodEnd: a column of end dates beside the start dates' ("Date de début   Date de fin"), joined to them as a range.
// Unit: a department or field of study that names no field of the entry read here.
// Course: a course of study ("Course", "Curso"), read like a degree, though a name no degree list knows is its field.
// Level: the kind of degree beside the title it conferred ("Nivel: Profesional", "Título obtenido: Ingeniera Industrial").
// Status: whether the course was finished ("Estado: Graduado"), read as nothing.
// Credential: a licence table's fields ("Licence or ticket   Issued by   Expiry"), read as nothing here: such a table
// is still a table, read across.
// SkillMatrix: a skills matrix's fields ("Habilidade   Experiência   Nível"), read as nothing here, likewise.
enum class Column { None, Period, PeriodEnd, Employer, Position, School, Board, Degree, Course, Place, Score, Kind, Duties, Unit, PositionOverEmployer, EmployerOverPosition, Level, Status, Credential,
                    EmployerAndPlace, SkillMatrix };

Column column_of(std::string_view label) {
  static const std::pair<const char*, Column> kLabels[] = {
      {"período", Column::Period}, {"periodo", Column::Period}, {"period", Column::Period}, {"dates", Column::Period},
      {"date", Column::Period}, {"duration", Column::Period}, {"year", Column::Period}, {"years", Column::Period},
      {"year of passing", Column::Period}, {"passing year", Column::Period}, {"ano", Column::Period}, {"año", Column::Period},
      {"anno", Column::Period}, {"jahr", Column::Period}, {"zeitraum", Column::Period}, {"fechas", Column::Period},
      {"datas", Column::Period}, {"periode", Column::Period}, {"entidade", Column::Employer}, {"entidad", Column::Employer},
      {"empresa", Column::Employer}, {"employer", Column::Employer}, {"company", Column::Employer},
      {"organisation", Column::Employer}, {"organization", Column::Employer}, {"empregador", Column::Employer},
      {"azienda", Column::Employer}, {"arbeitgeber", Column::Employer}, {"unternehmen", Column::Employer},
      {"werkgever", Column::Employer}, {"employeur", Column::Employer}, {"entreprise", Column::Employer},
      {"função", Column::Position}, {"funcao", Column::Position}, {"cargo", Column::Position}, {"puesto", Column::Position},
      {"position", Column::Position}, {"role", Column::Position}, {"designation", Column::Position},
      {"job title", Column::Position}, {"title", Column::Position}, {"ruolo", Column::Position}, {"poste", Column::Position},
      {"functie", Column::Position}, {"funktion", Column::Position}, {"estabelecimento de ensino", Column::School},
      {"estabelecimento", Column::School}, {"instituição", Column::School}, {"institución", Column::School},
      {"institution", Column::School}, {"school", Column::School}, {"university", Column::School},
      {"college", Column::School}, {"board", Column::Board}, {"institute", Column::School},
      {"board / university", Column::Board}, {"university / board", Column::Board}, {"institution / board", Column::School},
      {"school / college", Column::School}, {"istituto", Column::School}, {"schule", Column::School},
      {"établissement", Column::School}, {"grau", Column::Degree}, {"curso", Column::Course},
      {"grau / curso", Column::Degree}, {"degree", Column::Degree}, {"qualification", Column::Degree},
      {"course", Column::Course}, {"examination", Column::Degree}, {"titulación", Column::Degree},
      {"título", Column::Degree}, {"titolo", Column::Degree}, {"abschluss", Column::Degree}, {"diplôme", Column::Degree},
      {"année", Column::Period}, {"annee", Column::Period}, {"années", Column::Period}, {"jaar", Column::Period},
      {"mention", Column::Score}, {"opleiding", Column::Degree}, {"diploma", Column::Degree}, {"onderwijsinstelling", Column::School},
      {"instelling", Column::School}, {"school / instelling", Column::School}, {"studierichting", Column::Unit},
      {"behaald in", Column::Period}, {"behaald", Column::Period},
      {"organisator", Column::Credential},
      {"location", Column::Place}, {"local", Column::Place}, {"ort", Column::Place}, {"lieu", Column::Place},
      {"city", Column::Place}, {"cidade", Column::Place}, {"ciudad", Column::Place}, {"plaats", Column::Place},
      {"localidad", Column::Place}, {"localidade", Column::Place}, {"località", Column::Place}, {"localité", Column::Place},
      {"ubicación", Column::Place}, {"standort", Column::Place}, {"woonplaats", Column::Place}, {"town", Column::Place}, {"headquarter", Column::Place}, {"headquarters", Column::Place},
      // "Observaciones": notes on the row, read as its description.
      {"observaciones", Column::Duties}, {"observações", Column::Duties}, {"osservazioni", Column::Duties},
      {"remarks", Column::Duties}, {"notes", Column::Duties}, {"bemerkungen", Column::Duties}, {"opmerkingen", Column::Duties},
      {"percentage", Column::Score}, {"%", Column::Score}, {"marks", Column::Score}, {"cgpa", Column::Score}, {"gpa", Column::Score},
      {"grade", Column::Score}, {"score", Column::Score}, {"nota", Column::Score}, {"média", Column::Score}, {"voto", Column::Score},
      {"votazione", Column::Score}, {"note", Column::Score}, {"cijfer", Column::Score}, {"calificación", Column::Score},
      {"type", Column::Kind}, {"employment type", Column::Kind}, {"contract", Column::Kind}, {"tipo", Column::Kind},
      {"tipo de contrato", Column::Kind}, {"typ", Column::Kind}, {"vertragsart", Column::Kind}, {"contrat", Column::Kind},
      {"type de contrat", Column::Kind}, {"soort", Column::Kind}, {"dienstverband", Column::Kind},
      {"duties", Column::Duties}, {"responsibilities", Column::Duties}, {"key responsibilities", Column::Duties},
      {"tasks", Column::Duties}, {"activities", Column::Duties}, {"attività", Column::Duties},
      {"attività principali", Column::Duties}, {"principali attività", Column::Duties}, {"mansioni", Column::Duties},
      {"tâches", Column::Duties}, {"missions", Column::Duties}, {"aufgaben", Column::Duties}, {"tätigkeiten", Column::Duties},
      {"tareas", Column::Duties}, {"funciones", Column::Duties}, {"responsabilidades", Column::Duties},
      {"atividades", Column::Duties}, {"actividades", Column::Duties}, {"funciones principales", Column::Duties},
      {"principales funciones", Column::Duties}, {"main duties", Column::Duties}, {"main responsibilities", Column::Duties},
      {"principais atividades", Column::Duties}, {"atividades principais", Column::Duties}, {"tâches principales", Column::Duties},
      {"centro", Column::School}, {"centro educativo", Column::School}, {"centro de estudios", Column::School},
      {"años", Column::Period}, {"anos", Column::Period}, {"anni", Column::Period}, {"jahre", Column::Period}, {"werkzaamheden", Column::Duties}, {"taken", Column::Duties},
      // An HR system's job history (SAP SuccessFactors): "Intitulé du poste   Département   Site   Date de début   Date de fin".
      {"intitulé du poste", Column::Position}, {"intitulé", Column::Position}, {"site", Column::Place}, {"ville", Column::Place},
      {"date de début", Column::Period}, {"start date", Column::Period}, {"gültig ab", Column::Period}, {"valid from", Column::Period}, {"startdatum", Column::Period}, {"from", Column::Period},
      {"date de fin", Column::PeriodEnd}, {"end date", Column::PeriodEnd}, {"einddatum", Column::PeriodEnd}, {"enddatum", Column::PeriodEnd},
      {"to", Column::PeriodEnd}, {"date d'obtention", Column::Period}, {"date d’obtention", Column::Period},
      {"département", Column::Unit}, {"department", Column::Unit}, {"abteilung", Column::Unit}, {"afdeling", Column::Unit},
      {"nivel", Column::Level}, {"nível", Column::Level}, {"nivel educativo", Column::Level}, {"nivel de estudios", Column::Level},
      {"título obtenido", Column::Degree}, {"titulo obtenido", Column::Degree}, {"título obtido", Column::Degree},
      {"beginn", Column::Period}, {"ende", Column::PeriodEnd}, {"fecha", Column::Period}, {"fecha de grado", Column::Period}, {"fecha de finalización", Column::Period},
      {"estado", Column::Status}, {"situação", Column::Status}, {"status", Column::Status}, {"stato", Column::Status},
      {"spécialité", Column::Unit}, {"specialty", Column::Unit}, {"major", Column::Unit}, {"start", Column::Period}, {"end", Column::PeriodEnd}, {"specialization", Column::Unit}, {"specialisation", Column::Unit}, {"branch", Column::Unit}, {"field of study", Column::Unit}, {"fachrichtung", Column::Unit},
      {"licence", Column::Credential}, {"license", Column::Credential}, {"licence or ticket", Column::Credential},
      {"certificate", Column::Credential}, {"certification", Column::Credential}, {"issued by", Column::Credential},
      {"issuer", Column::Credential}, {"issuing organisation", Column::Credential}, {"issuing organization", Column::Credential},
      {"expiry", Column::Credential}, {"expires", Column::Credential}, {"expiry date", Column::Credential},
      {"valid until", Column::Credential}, {"aussteller", Column::Credential}, {"bezeichnung", Column::Credential},
      // A UK school's application form: "Employer   Job title   From   To   Reason for leaving", "School / college /
      // university   Qualification   Subject   Grade   Date".
      {"reason for leaving", Column::Duties}, {"subject", Column::Unit}, {"school / college / university", Column::School},
      // A Spanish town hall's CV form: "Titulación   Centro de expedición   Año", "Empresa / Organismo   Puesto desempeñado
      // Fecha inicio   Fecha fin   Meses"; a Dutch agency's "Periode   Opleiding   Instituut   Diploma".
      {"centro de expedición", Column::School}, {"empresa / organismo", Column::Employer}, {"puesto desempeñado", Column::Position},
      {"fecha inicio", Column::Period}, {"fecha fin", Column::PeriodEnd}, {"instituut", Column::School},
      // Zoho Recruit's record tables: "Occupation / Title   Company   Work Duration   Currently work here   Summary".
      {"work duration", Column::Period}, {"currently work here", Column::Status}, {"currently pursuing", Column::Status},
      // "Empresa   Puesto   Desde   Hasta   Descripción": a Spanish form's start and end columns.
      {"desde", Column::Period}, {"hasta", Column::PeriodEnd}, {"inicio", Column::Period}, {"fin", Column::PeriodEnd},
      {"von", Column::Period}, {"bis", Column::PeriodEnd}, {"dal", Column::Period}, {"al", Column::PeriodEnd},
      // "Dal   Al   Azienda   Sede   Mansione   Attività svolte": an Italian spreadsheet's job table.
      {"sede", Column::Place}, {"mansione", Column::Position}, {"attività svolte", Column::Duties},
      // "Periodo   Ruolo e struttura   Principali attività e risultati": the role over the hotel or clinic ("struttura")
      // that employed them. ("Struttura" alone heads a portal's column of hotels, read otherwise.)
      {"ruolo e struttura", Column::PositionOverEmployer},
      // "Desde   Hasta   Puesto   Empresa / Localidad   Sector": the employer's trade, read as nothing.
      {"sector", Column::Kind}, {"secteur", Column::Kind}, {"setor", Column::Kind}, {"settore", Column::Kind},
      {"branche", Column::Kind}, {"industry", Column::Kind},
      {"summary", Column::Duties}, {"description", Column::Duties}, {"descripción", Column::Duties}, {"descrição", Column::Duties},
      {"descrizione", Column::Duties}, {"beschreibung", Column::Duties}, {"omschrijving", Column::Duties}, {"descriptif", Column::Duties},
      // IEFPonline's schools: "Nível de escolaridade   Curso / Área   Estabelecimento de ensino   Ano de conclusão   Classificação".
      {"nível de escolaridade", Column::Level}, {"ano de conclusão", Column::Period}, {"classificação", Column::Score},
      // A recruiting portal's skills matrix: "Skill   Experience   Level" (the years used, then how well).
      {"skill", Column::SkillMatrix}, {"habilidade", Column::SkillMatrix}, {"competência", Column::SkillMatrix},
      {"competencia", Column::SkillMatrix}, {"compétence", Column::SkillMatrix}, {"competenza", Column::SkillMatrix},
      {"kompetenz", Column::SkillMatrix}, {"vaardigheid", Column::SkillMatrix}, {"technology", Column::SkillMatrix},
      {"tecnologia", Column::SkillMatrix}, {"tecnología", Column::SkillMatrix}, {"technologie", Column::SkillMatrix},
      {"experience", Column::SkillMatrix}, {"experiência", Column::SkillMatrix}, {"experiencia", Column::SkillMatrix},
      {"expérience", Column::SkillMatrix}, {"esperienza", Column::SkillMatrix}, {"erfahrung", Column::SkillMatrix},
      {"ervaring", Column::SkillMatrix}, {"level", Column::SkillMatrix}, {"proficiency", Column::SkillMatrix}};
  std::string spaced;  // "Institution/Board" -> "institution / board"
  for (char c : std::string(label)) spaced += c == '/' ? std::string(" / ") : std::string(1, c);
  auto folded = fold_case(collapse_spaces(spaced));
  for (const auto& [name, column] : kLabels)
    if (folded == name) return column;
  // "College/University", "CGPA/%", "Werkzaamheden en resultaten": a pair of labels names the column of its first
  // known one; "Functie en werkgever" names a cell of both, stacked.
  // "Role and Responsibilities" names the duties, whichever half comes first.
  static const std::regex kPair{R"(^(.+?) (/|and|en|und|et|y|e|&) (.+)$)"};
  std::smatch pair;
  if (folded.find(' ') == std::string::npos || !std::regex_match(folded, pair, kPair)) return Column::None;
  auto first = column_of(pair.str(1)), second = column_of(pair.str(3));
  // "Education and Experience" is a section's heading, no pair of columns.
  if (first == Column::SkillMatrix || second == Column::SkillMatrix) return Column::None;
  // "Company / Position", "Puesto / Empresa" name both as well: stacked in the cell, or one of them alone.
  if (first == Column::Duties || second == Column::Duties) return Column::Duties;
  if (first == Column::Position && second == Column::Employer) return Column::PositionOverEmployer;
  if (first == Column::Employer && second == Column::Position) return Column::EmployerOverPosition;
  if (first == Column::Employer && second == Column::Place) return Column::EmployerAndPlace;  // "Arbeitgeber / Ort"
  return first != Column::None ? first : second;
}


/// A row's text by column; `lines` keeps each cell's printed lines ("Grupo Logístico, S.L." / "Sevilla").
struct Row : std::map<Column, std::string> {
  std::map<Column, std::vector<std::string>> lines;
  std::map<Column, std::vector<size_t>> line_indices;  ///< beside `lines`: each printed line's index in Document::lines
  std::vector<size_t> document_lines;  ///< the lines the row spans, as indices into Document::lines
};

struct Table {
  std::vector<Column> columns;
  std::vector<double> starts;  ///< left edge of each column
  std::vector<Row> rows;
  std::vector<size_t> first_lines;  ///< per row: the document line it starts on
  LineSpan span;                    ///< the section lines the table takes up (header row included)
};

/// The header row's cells, when every one names a field and the wanted ones are there.
/// `wanted`: the header must name one of these besides the period ("Entidade" or "Função" for jobs).
std::optional<std::vector<Cell>> header_cells(std::vector<Cell> cells, std::initializer_list<Column> wanted_columns) {
  if (cells.size() < 2) return std::nullopt;
  bool period = false, wanted = false;
  for (const auto& cell : cells) {
    auto column = column_of(cell.text);
    // "Dates   Employer   Experience": a skills matrix's words name no column of a job's or a school's table.
    if (column == Column::None || column == Column::SkillMatrix) return std::nullopt;
    period = period || column == Column::Period;
    wanted = wanted || std::find(wanted_columns.begin(), wanted_columns.end(), column) != wanted_columns.end();
  }
  return period && wanted ? std::optional(cells) : std::nullopt;
}

/// The field each header cell names. Beside a degree column, Dutch "Diploma" says whether it was obtained
/// ("Ja"/"Nee"): no second degree.
std::vector<Column> header_columns(const std::vector<Cell>& header) {
  std::vector<Column> columns;
  for (const auto& cell : header) columns.push_back(column_of(cell.text));
  if (std::count(columns.begin(), columns.end(), Column::Degree) < 2) return columns;
  for (size_t k = 0; k < header.size(); ++k)
    if (columns[k] == Column::Degree && fold_case(trim(header[k].text)) == "diploma") columns[k] = Column::None;
  return columns;
}

/// A header row wrapped in its cells ("Year of" / "Passing"): each lower piece joins the cell it sits under,
/// or nothing when a piece sits under none.
std::optional<std::vector<Cell>> join_header_lines(std::vector<Cell> upper, const std::vector<Cell>& lower) {
  for (const auto& piece : lower) {
    auto under = std::find_if(upper.begin(), upper.end(), [&](const Cell& cell) { return piece.x0 < cell.x1 && piece.x1 > cell.x0; });
    if (under == upper.end()) return std::nullopt;
    under->text += " " + piece.text;
  }
  return upper;
}

/// "Ano de" / "Nível de escolaridade   Curso / Área   …   Classificação" / "conclusão": one column's label set in two lines
/// around the row of the others' (its cell centred on two lines); that label joined into the row where it stands.
std::optional<std::vector<Cell>> join_label_around_row(const std::vector<Cell>& above, std::vector<Cell> row, const std::vector<Cell>& below) {
  auto beside_row = [&](const Cell& piece) {
    return std::none_of(row.begin(), row.end(), [&](const Cell& cell) { return piece.x0 < cell.x1 && piece.x1 > cell.x0; });
  };
  if (above.size() != 1 || below.size() != 1 || !beside_row(above[0]) || !beside_row(below[0]) ||
      !(above[0].x0 < below[0].x1 && above[0].x1 > below[0].x0))
    return std::nullopt;
  Cell label{std::min(above[0].x0, below[0].x0), std::max(above[0].x1, below[0].x1), above[0].text + " " + below[0].text};
  row.insert(std::find_if(row.begin(), row.end(), [&](const Cell& cell) { return cell.x0 > label.x0; }), label);
  return row;
}

/// Each column starts where the cells below begin, left of its (maybe centred) header. A cell led by a date starts
/// no column but a date's: "03/2019 Fachkraft für Lagerlogistik" is an end date set flush right against the title.
std::vector<double> column_starts(const std::vector<Cell>& header, const std::vector<Column>& columns,
                                  const std::vector<std::vector<Cell>>& body) {
  std::vector<std::pair<double, bool>> lefts;  // a cell's left edge, and whether a date leads it
  for (const auto& cells : body)
    for (const auto& cell : cells) {
      auto date = find_date(cell.text);
      lefts.emplace_back(cell.x0, date && date->begin == 0);
    }
  std::sort(lefts.begin(), lefts.end());
  std::vector<double> starts;
  for (size_t k = 0; k < header.size(); ++k) {
    double low = k == 0 ? -1 : header[k - 1].x1, high = header[k].x0 + 2;
    bool dates = columns[k] == Column::Period || columns[k] == Column::PeriodEnd;
    auto first = std::find_if(lefts.begin(), lefts.end(), [&](const auto& left) {
      return left.first > low && left.first <= high && (dates || !left.second);
    });
    starts.push_back(first == lefts.end() ? header[k].x0 : first->first);
  }
  return starts;
}

/// pdfme's cells leave a point or two between their lines and ten between rows, a web page's table two or three: when
/// most gaps between lines are such thin ones and the others over three times their usual width and most of a line's
/// height (rows set apart by padding), the most a cell's wrapped lines leave between them (else 0: rows of one line
/// each may sit as close as lines wrapped in a cell; a new period still starts a row).
double line_gap_inside_cells(const std::vector<const Line*>& body) {
  std::vector<double> gaps, heights;
  for (size_t k = 1; k < body.size(); ++k) {
    const Box &above = *body[k - 1]->location.box, &below = *body[k]->location.box;
    if (body[k]->location.page == body[k - 1]->location.page && below.y0 > above.y0) gaps.push_back(below.y0 - above.y1);
    heights.push_back(below.height());
  }
  if (gaps.empty()) return 0;
  std::sort(gaps.begin(), gaps.end());
  std::sort(heights.begin(), heights.end());
  double usual = gaps[gaps.size() / 2], line_height = heights[heights.size() / 2];
  auto wide = std::find_if(gaps.begin(), gaps.end(), [&](double gap) { return gap > 3 * usual && gap > 0.8 * line_height; });
  if (usual <= 0 || wide == gaps.end() || (gaps.end() - wide) * 2 > static_cast<long>(gaps.size())) return 0;
  return std::min(*wide / 2, 3 * usual);
}

std::optional<Table> read_table(const SectionText& lines, const Section& section, std::initializer_list<Column> wanted) {
  const auto& document = lines.document;
  for (size_t i = section.first_line; i < section.end_line && i < section.first_line + 4; ++i) {
    size_t body_start = i + 1;
    auto header = header_cells(cells_of(document.lines[i]), wanted);
    if (!header && i + 1 < section.end_line) {
      auto joined = join_header_lines(cells_of(document.lines[i]), cells_of(document.lines[i + 1]));
      if (joined) header = header_cells(*joined, wanted);
      body_start = i + 2;
    }
    if (!header && i + 2 < section.end_line) {
      auto around = join_label_around_row(cells_of(document.lines[i]), cells_of(document.lines[i + 1]), cells_of(document.lines[i + 2]));
      if (around) header = header_cells(*around, wanted);
      body_start = i + 3;
    }
    if (!header) continue;
    std::vector<const Line*> body;
    std::vector<std::vector<Cell>> body_cells;
    for (size_t k = body_start; k < section.end_line; ++k) {
      const Line& line = document.lines[k];
      if (line.zone == Zone::Header || line.zone == Zone::Footer || !line.location.box) continue;
      body.push_back(&line);
      body_cells.push_back(cells_of(line));
    }
    Table table;
    table.span = {section.first_line, section.end_line};
    table.columns = header_columns(*header);
    table.starts = column_starts(*header, table.columns, body_cells);
    double row_bottom = 0;
    int page = 0;
    auto column_at = [&](const TextRun& run) {
      size_t column = 0;
      while (column + 1 < table.starts.size() && table.starts[column + 1] <= run.location.box->x0 + 2) ++column;
      return column;
    };
    auto has_period_cell = [&](const Line& line) {
      return std::any_of(line.runs.begin(), line.runs.end(), [&](const TextRun& run) {
        return run.location.box && !trim(run.text).empty() && table.columns[column_at(run)] == Column::Period;
      });
    };
    auto row_has_period = [&] { return !table.rows.empty() && !table.rows.back()[Column::Period].empty(); };
    // "Mar. 2020 –" / "Actualidad": a range left open on its dash goes on in the cell below.
    // ("2020 –" over "2018 – 2019" stays open: the cell below brings a range of its own.)
    auto period_left_open = [&](const Line& line) {
      static const std::regex kOpen{R"((?:–|—|-|\s(?:to|bis|à|a|até|al|tot|hasta))$)", std::regex::icase};
      auto period = std::string(trim(table.rows.back()[Column::Period]));
      // "stagioni estive" over "2010 – 2013": words in lower case naming when, their dates below. (Not "Funciones", a
      // row of duties labelled in the period's column, nor "STAGIONALE", a contract's note.)
      // Nor "von   bis" over "Arbeitgeber   Ort": a card's row of labels.
      auto words = split_words(period);
      bool labels = std::all_of(words.begin(), words.end(), [](const std::string& word) { return column_of(word) != Column::None; });
      if (!find_date(period) && starts_lower(period) && !labels) return true;
      if (!std::regex_search(period, kOpen)) return false;
      std::string cell;
      for (const auto& run : line.runs)
        if (run.location.box && table.columns[column_at(run)] == Column::Period) cell += run.text + " ";
      auto own = find_date(cell);
      return !own || !own->range;
    };
    // A line filling the period cell of a row that has its period already.
    auto second_period = [&](const Line& line) { return row_has_period() && has_period_cell(line) && !period_left_open(line); };
    // A line with no period under a row that has one, less than half a line below it, with a cell above
    // broken mid-phrase ("B.E. (Computer Science and" / "Engineering)"): the row's cells wrap.
    // ("2011 –" over "2015": a period left open goes on in the line below; "HSC (Class XII) –" over "State Board": so
    // does a cell left on its dash.)
    auto wraps_row = [&](const Line& line, const Box& box) {
      if (!row_has_period() || box.y0 > row_bottom + 0.5 * box.height()) return false;
      if (has_period_cell(line)) return period_left_open(line);
      return std::any_of(table.rows.back().begin(), table.rows.back().end(), [](const auto& cell) {
        const auto& text = cell.second;
        return ends_with_connector(text) || leaves_bracket_open(text) ||
               (cell.first != Column::Period && (text.ends_with(" –") || text.ends_with(" -")));
      });
    };
    const double wrap_gap = line_gap_inside_cells(body);
    for (size_t k = 0; k < body.size(); ++k) {
      const Box& box = *body[k]->location.box;
      // Lines of one row overlap or nearly touch; the next row starts below a gap (cell padding), below a
      // thin gap when it brings a second period, or on a new page.
      // (booktabs sets rows with no padding: their boxes may overlap, so a second period parts them alone.)
      bool gap = (box.y0 > row_bottom + std::max({1.0, 0.1 * box.height(), wrap_gap}) && !wraps_row(*body[k], box)) ||
                 (box.y0 > row_bottom - 0.5 * box.height() && second_period(*body[k]));
      if (table.rows.empty() || gap || body[k]->location.page != page) {
        table.rows.emplace_back();
        table.first_lines.push_back(static_cast<size_t>(body[k] - document.lines.data()));
        row_bottom = box.y1;
        page = body[k]->location.page;
      }
      row_bottom = std::max(row_bottom, box.y1);
      table.rows.back().document_lines.push_back(static_cast<size_t>(body[k] - document.lines.data()));
      // Word by word: two cells closer than a cell gap ("S.A. Diretora") still part at the column edge.
      const TextRun* previous = nullptr;
      size_t previous_column = 0;
      for (const auto& run : body[k]->runs) {
        if (!run.location.box || trim(run.text).empty()) continue;
        size_t column = column_at(run);
        auto& row = table.rows.back();
        auto& text = row[table.columns[column]];
        auto& cell_lines = row.lines[table.columns[column]];
        bool same_cell = previous && previous_column == column;
        if (!same_cell) {
          cell_lines.emplace_back();
          row.line_indices[table.columns[column]].push_back(static_cast<size_t>(body[k] - document.lines.data()));
        }
        // "Sep-2018 to Jun-" / "2021": a cell's word broken at its hyphen goes on without a space.
        bool joined = (same_cell && !word_break_between(*previous, run)) ||
                      (!same_cell && text.ends_with('-') && !text.ends_with(" -") && !cell_lines.empty());
        for (std::string* piece : {&text, &cell_lines.back()})
          if (joined) piece->append(trim(run.text));
          else append_word(*piece, trim(run.text));
        previous = &run;
        previous_column = column;
      }
    }
    return table;
  }
  return std::nullopt;
}

/// A table typed with pipes (Markdown, text pastes): a header row naming the columns, then one row per line.
std::optional<Table> read_pipe_table(const SectionText& lines, const Section& section, std::initializer_list<Column> wanted) {
  const auto& document = lines.document;
  for (size_t i = section.first_line; i < section.end_line && i < section.first_line + 4; ++i) {
    std::vector<Cell> labels;
    for (auto& text : pipe_cells(document.lines[i].text, true)) labels.push_back({0, 0, std::move(text)});
    auto header = header_cells(labels, wanted);
    if (!header) continue;
    Table table;
    table.span = {section.first_line, section.end_line};
    table.columns = header_columns(*header);
    const bool framed = trim(document.lines[i].text).starts_with("|");
    for (size_t k = i + 1; k < section.end_line; ++k) {
      auto cells = pipe_cells(document.lines[k].text, !framed);
      // Entries written out below the table ("### Senior Developer, SAP SE" with bullets): read the section as text.
      if (cells.empty()) return std::nullopt;
      if (is_delimiter_row(cells)) continue;
      // "                    | Sriperumbudur (Anna University) |      |": an unframed table's cells wrapped
      // onto a row whose first cell is blank go on the row above.
      if (!framed && trim(document.lines[k].text).starts_with("|")) cells.insert(cells.begin(), "");
      if (!table.rows.empty() && trim(cells.front()).empty()) {
        for (size_t c = 1; c < cells.size() && c < table.columns.size(); ++c)
          append_word(table.rows.back()[table.columns[c]], trim(cells[c]));
        continue;
      }
      Row row;
      for (size_t c = 0; c < cells.size() && c < table.columns.size(); ++c) row[table.columns[c]] = cells[c];
      table.rows.push_back(std::move(row));
      table.first_lines.push_back(k);
    }
    return table;
  }
  return std::nullopt;
}

/// One row of a word processor's table as the front end marked it: text by grid column.
struct SpotRow {
  int table = 0, row = 0;
  size_t first_line = 0, last_line = 0;
  std::map<int, std::string> cells;
  int paragraphs = 0;  ///< lines in the row
};

/// The section's lines that sit in Word or ODF table cells, gathered into their rows.
std::vector<SpotRow> spot_rows(const Document& document, const Section& section) {
  std::vector<SpotRow> rows;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    const auto& spot = document.lines[i].table_spot;
    auto text = trim(document.lines[i].text);
    // "–", "n/a" fill a cell that has nothing to say.
    if (!spot || text.empty() || text == "–" || text == "-" || text == "—" || fold_case(text) == "n/a") continue;
    if (rows.empty() || rows.back().table != spot->table || rows.back().row != spot->row)
      rows.push_back({spot->table, spot->row, i, i, {}, 0});
    append_word(rows.back().cells[spot->column], text);  // a cell's paragraphs read as one
    rows.back().last_line = i;
    ++rows.back().paragraphs;
  }
  return rows;
}

/// A Word or ODF table under a header row: the front end says which row and column each line is in,
/// so a body cell belongs to the header cell at or left of its grid column.
std::optional<Table> read_spot_table(const SectionText& lines, const Section& section, std::initializer_list<Column> wanted) {
  auto rows = spot_rows(lines.document, section);
  for (size_t h = 0; h < rows.size() && rows[h].first_line < section.first_line + 4; ++h) {
    std::vector<Cell> labels;
    for (const auto& [column, text] : rows[h].cells) labels.push_back({double(column), double(column), text});
    auto header = header_cells(labels, wanted);
    if (!header) continue;
    Table table;
    table.columns = header_columns(*header);
    table.span = {rows[h].first_line, rows[h].last_line + 1};
    int stacked = 0;
    for (size_t r = h + 1; r < rows.size() && rows[r].table == rows[h].table; ++r) {
      table.span.second = rows[r].last_line + 1;
      // "Post-graduate" across the row: a group's label, no entry.
      if (rows[r].cells.size() == 1 && count_words(rows[r].cells.begin()->second) <= 2 && !find_date(rows[r].cells.begin()->second))
        continue;
      Row row;
      for (const auto& [column, text] : rows[r].cells) {
        size_t k = 0;
        while (k + 1 < header->size() && (*header)[k + 1].x0 <= column) ++k;
        append_word(row[table.columns[k]], text);
      }
      stacked += rows[r].paragraphs - static_cast<int>(rows[r].cells.size());
      table.rows.push_back(std::move(row));
      table.first_lines.push_back(rows[r].first_line);
    }
    // "Dates | Qualification" with the degree, school and notes stacked in one cell: a layout the ordinary reader
    // follows line by line; a grid of fields has more columns, or one line to a cell.
    if (header->size() < 3 && stacked > 0) continue;
    return table;
  }
  return std::nullopt;
}

/// The section's table, drawn with cells, made in a word processor or typed with pipes.
std::optional<Table> find_table(const SectionText& lines, const Section& section, std::initializer_list<Column> wanted) {
  auto table = read_table(lines, section, wanted);
  if (!table) table = read_spot_table(lines, section, wanted);
  if (!table) table = read_pipe_table(lines, section, wanted);
  // The end dates' column joins the start dates' as a range (not "–": still running).
  if (!table) return std::nullopt;
  for (auto& row : table->rows)
    if (auto end = row.find(Column::PeriodEnd); end != row.end() && find_date(end->second))
      row[Column::Period] = row[Column::Period].empty() ? end->second : row[Column::Period] + " – " + end->second;
  return table;
}

/// "Diretora de Obra – reabilitação de edifícios", "Técnica Superior (fiscalização de obras)": the
/// title without the description after it.
std::string title_only(std::string text) {
  static const std::regex kDescription{R"(\s+(?:–|—|-)\s+(\S.*)$)"};
  std::smatch match;
  if (std::regex_search(text, match, kDescription) && starts_lower(match.str(1)))
    text = text.substr(0, static_cast<size_t>(match.position(0)));
  auto open = text.rfind(" (");
  if (open != std::string::npos && text.back() == ')' && starts_lower(text.substr(open + 2))) text = text.substr(0, open);
  return std::string(trim(text));
}


/// Each row made into an entry by `read` (nothing when the row holds none); false when no row gave one,
/// so the ordinary reader tries the section.
template <typename Entry, typename Read>
bool add_rows(const Table& table, std::vector<Entry>& entries, Read read) {
  size_t before = entries.size();
  for (size_t r = 0; r < table.rows.size(); ++r)
    if (std::optional<Entry> entry = read(table.rows[r], table.first_lines[r])) entries.push_back(std::move(*entry));
  return entries.size() > before;
}

/// "Grupo Logístico Guadalquivir, S.L." over "Sevilla" in one cell: a town on the line below a name its legal form
/// closes ("Vilches (Jaén)") is the job's place. Returns it, taken off `employer`.
std::string take_place_line(std::string& employer, const std::vector<std::string>& lines) {
  if (lines.size() < 2) return "";
  const std::string& last_line = lines.back();
  if (last_line.empty() || last_line.size() >= employer.size() || !employer.ends_with(last_line)) return "";
  auto above = trim(std::string_view(employer).substr(0, employer.size() - last_line.size()));
  if (ends_with_connector(above)) return "";  // "Autoridad Portuaria de" / "Sevilla": the name wraps
  // Only after a name its legal form closes: "University College" / "London" is one name wrapped.
  if (!has_legal_form(above) || (city_country(last_line).empty() && !is_place_name(last_line) && !town_with_province(last_line, true)))
    return "";
  std::string place = last_line;
  employer = std::string(above);
  return place;
}

/// "Logística Subbética, S.L. – Lucena (Córdoba)": a town after the cell's last dash is the job's place (under
/// "Empresa / Localidad" whatever follows the dash). Returns it, taken off `employer`.
std::string take_dashed_place(std::string& employer, bool column_names_place) {
  for (std::string_view dash : {" – ", " — ", " - "}) {
    auto at = employer.rfind(dash);
    if (at == std::string::npos || at == 0) continue;
    auto tail = std::string(trim(std::string_view(employer).substr(at + dash.size())));
    bool known_town = !city_country(tail).empty() || town_with_province(tail, true) || is_location(tail);
    if (tail.empty() || !(known_town || column_names_place)) return "";
    employer = std::string(trim(std::string_view(employer).substr(0, at)));
    return tail;
  }
  return "";
}

/// "Carretillera / Preparadora de" / "pedidos": a cell's line left on a link word, or one going on in lower case,
/// joined to the next.
std::vector<std::string> joined_wrapped_lines(const std::vector<std::string>& lines) {
  std::vector<std::string> joined;
  for (const auto& line : lines) {
    // "Heilbronn-" / "Franken", "Rems-Murr-" / "Krankenhaus": a name broken at its hyphen goes on with no space.
    if (!joined.empty() && ends_in_word_hyphen(joined.back())) joined.back() += line;
    else if (!joined.empty() && (ends_with_connector(joined.back()) || starts_lower(line))) append_word(joined.back(), line);
    else joined.push_back(line);
  }
  return joined;
}

/// "Rems-Murr-Krankenhaus" / "Welzheim" / "Welzheim" under "Arbeitgeber / Ort": the employer, then its place on the
/// cell's last line (or after its last dash).
void read_employer_and_place(const std::vector<std::string>& cell_lines, WorkEntry& entry) {
  auto lines = joined_wrapped_lines(cell_lines);
  if (lines.empty()) return;
  // A town on a line of its own is the place ("Deutsche Bahn – DB Cargo AG" / "Mainz" keeps its dash); else what
  // follows the last dash ("Logística Subbética, S.L. –" / "Lucena (Córdoba)", "… S.L. – Lucena" / "(Córdoba)").
  const auto& last = lines.back();
  bool town_below = lines.size() >= 2 && !trim(lines[lines.size() - 2]).ends_with("–") && !trim(lines[lines.size() - 2]).ends_with("-") &&
                    (is_place_name(last) || !city_country(last).empty() || town_with_province(last, true));
  if (town_below) {
    entry.location = last;
    lines.pop_back();
    entry.company = join(lines, " ");
  } else {
    entry.company = join(lines, " ");
    entry.location = take_dashed_place(entry.company, true);
  }
}

/// "Carl-Miele-Berufskolleg" / "Gütersloh, Fachschule für Technik" / "(Teilzeit, abends)": a school's cell whose second
/// line opens on a town holds the name on its first line (the rest its place, unit or remarks); else the cell whole.
std::string school_name(const std::vector<std::string>& cell_lines, const std::string& cell) {
  auto lines = joined_wrapped_lines(cell_lines);
  if (lines.size() < 2) return cell;
  auto town = std::string(trim(std::string_view(lines[1]).substr(0, std::min(lines[1].find(", "), lines[1].find(" · ")))));
  bool town_below = !town.empty() && (is_place_name(town) || !city_country(town).empty()) && institution_score(town) == 0;
  // A town alone below may end the name ("Bildungszentrum Pflege" / "Stuttgart-Nord"); with more after it, or more
  // lines below, the cell goes on past the name.
  return town_below && (lines.size() >= 3 || town.size() < lines[1].size()) ? lines.front() : cell;
}

/// "Business controller" / "Rijnvaart Logistiek B.V." / "Utrecht" in a "Functie en werkgever" cell: one field a line.
void read_stacked_role(Row& row, WorkEntry& entry) {
  for (Column column : {Column::PositionOverEmployer, Column::EmployerOverPosition}) {
    auto lines = joined_wrapped_lines(row.lines[column]);
    if (lines.empty()) continue;
    bool title_first = column == Column::PositionOverEmployer;
    if (lines.size() == 1) {  // one field alone: which, its words tell
      (title_score(lines[0]) > 0 || title_first ? entry.position : entry.company) = lines[0];
      continue;
    }
    std::string first = lines[0], second = lines.size() > 1 ? lines[1] : "";
    entry.position = title_only(title_first ? first : second);
    entry.company = title_first ? second : first;
    // The lines after the two: a town (a known one, or below a legal form), else more of the employer's name.
    for (size_t k = 2; k < lines.size(); ++k) {
      // "Alcalá de Henares (Madrid)", "Azuqueca de Henares, Guadalajara": a town with its province.
      // "Menton (Francia)": a place with its country in brackets.
      auto open = lines[k].rfind(" (");
      bool in_country = open != std::string::npos && lines[k].ends_with(')') && is_place_name(lines[k].substr(0, open)) &&
                      !names_part_of_firm(lines[k].substr(0, open)) &&
                        !country_code(lines[k].substr(open + 2, lines[k].size() - open - 3)).empty();
      bool town = !city_country(lines[k]).empty() || town_with_province(lines[k], true) || is_location(lines[k]) ||
                  (has_legal_form(entry.company) && is_place_name(lines[k])) || in_country;
      if (town && entry.location.empty()) entry.location = lines[k];
      else if (!town) append_word(title_first ? entry.company : entry.position, lines[k]);
    }
  }
}

using Bullets = std::vector<std::pair<std::string, size_t>>;  ///< each bullet's text and its first line

/// "- Planung und Durchführung der praktischen" / "Anleitung …": a line opening on a marker and a space starts a
/// bullet, a line without goes on the one above. Empty unless the first line is marked (a cell of prose).
Bullets marked_bullets(const std::vector<std::string>& texts, const std::vector<size_t>& indices, const Document& document) {
  Bullets bullets;
  for (size_t k = 0; k < texts.size() && k < indices.size(); ++k) {
    auto text = std::string(trim(texts[k]));
    size_t glyph = bullet_glyph_length(text);
    text = std::string(trim(std::string_view(text).substr(glyph)));
    bool marked = glyph > 0 || document.lines[indices[k]].list_item;
    if (text.empty()) continue;
    if (marked) bullets.emplace_back(text, indices[k]);
    else if (bullets.empty()) return {};
    else append_word(bullets.back().first, text);
  }
  return bullets;
}

/// "Schichtleiter Wareneingang" over "– Führung von 14 Mitarbeitenden …": a short unmarked line over marked ones.
bool heads_marked_lines(const std::vector<std::string>& cell_lines) {
  if (cell_lines.size() < 2) return false;
  // Not "Im Schichtbetrieb (3 Schichten):", a lead-in to the duties.
  auto first = trim(cell_lines[0]);
  return !opens_with_bullet_symbol(first) && opens_with_bullet_symbol(cell_lines[1]) && count_words(first) <= 8 &&
         !first.ends_with('.') && !first.ends_with(':');
}

/// "Funciones   • Dirección de un almacén …" under a job's row: a row led by a duties label holds the job's
/// bullets. Empty when the row is no such row.
Bullets duty_row_bullets(const Row& row, const SectionText& lines) {
  auto first = row.begin() == row.end() ? std::string() : std::string(trim(row.begin()->second));
  auto label = first.substr(0, first.find(' '));
  if (label.empty() || column_of(label) != Column::Duties || find_date(first)) return {};
  std::vector<std::string> texts;
  for (size_t index : row.document_lines) {
    auto text = std::string(trim(lines.document.lines[index].text));
    texts.push_back(starts_with_icase(text, label) ? std::string(trim(std::string_view(text).substr(label.size()))) : text);
  }
  return marked_bullets(texts, row.document_lines, lines.document);
}

/// "Transportes Vieira & Filhos, Lda." over "- Transporte internacional …" in one cell (a sheet's merged row below the
/// job's): the typed bullets under the cell's first lines are the job's, taken off the cell.
Bullets take_marked_tail(Row& row, Column column, const Document& document) {
  auto& cell = row.lines[column];
  auto& indices = row.line_indices[column];
  for (size_t k = 1; k < cell.size() && k < indices.size(); ++k) {
    // A duty is a phrase: "- Sevilla" under "Grupo Logístico Andaluz, S.L." is the employer's town after a dash.
    if (bullet_glyph_length(trim(cell[k])) == 0 || count_words(cell[k]) < 4) continue;
    auto bullets = marked_bullets({cell.begin() + static_cast<std::ptrdiff_t>(k), cell.end()},
                                  {indices.begin() + static_cast<std::ptrdiff_t>(k), indices.end()}, document);
    cell.resize(k);
    indices.resize(k);
    row[column] = join(cell, " ");
    return bullets;
  }
  return {};
}

}  // namespace

bool names_table_column(std::string_view label) { return column_of(label) != Column::None; }

bool names_skill_matrix(const std::vector<Cell>& cells) {
  static const std::set<std::string, std::less<>> kMeasures = {"experience", "experiência", "experiencia", "expérience", "esperienza",
                                                                "erfahrung", "ervaring", "level", "proficiency"};
  if (cells.size() < 2 || !std::all_of(cells.begin(), cells.end(), [](const Cell& cell) { return names_table_column(cell.text); }))
    return false;
  return std::any_of(cells.begin(), cells.end(), [](const Cell& cell) {
    auto column = column_of(cell.text);
    return column == Column::Level || column == Column::Period || kMeasures.contains(fold_case(trim(cell.text)));
  });
}

std::optional<LineSpan> parse_work_table(const SectionText& lines, const Section& section, Resume& resume) {
  auto table = find_table(lines, section, {Column::Employer, Column::Position, Column::PositionOverEmployer,
                                                Column::EmployerOverPosition, Column::EmployerAndPlace, Column::School});
  const size_t entries_before = resume.work.size();
  bool read = table && add_rows(*table, resume.work, [&](Row row, size_t line) -> std::optional<WorkEntry> {
           if (auto bullets = duty_row_bullets(row, lines); !bullets.empty()) {
             if (resume.work.size() > entries_before)
               for (const auto& [text, index] : bullets) add_highlight(resume.work.back(), resume.work.size() - 1, text, index, section, lines.document, resume);
             return std::nullopt;
           }
           WorkEntry entry;
           place_entry(entry, lines, section, line);
           auto cell_bullets = take_marked_tail(row, Column::Employer, lines.document);
           entry.position = title_only(row[Column::Position]);
           // A teacher's "Centro educativo" is where she worked.
           entry.company = row[Column::Employer].empty() ? row[Column::School] : row[Column::Employer];
           // "Puesto / Funciones", "Position / Tätigkeiten": with no column of titles, the duties' cell opens on the
           // title (one a title list knows, or a short unmarked line over marked ones).
           auto duties = row.lines[Column::Duties];
           auto duty_lines = row.line_indices[Column::Duties];
           auto description = row[Column::Duties];
           // Not where a stacked cell names the role ("Ruolo e struttura"), nor a marked line: that is a duty.
           bool stacked = !row[Column::PositionOverEmployer].empty() || !row[Column::EmployerOverPosition].empty();
           if (entry.position.empty() && !stacked && !duties.empty() && bullet_glyph_length(duties.front()) == 0 &&
               (title_score(duties.front()) > 0 || heads_marked_lines(duties))) {
             entry.position = duties.front();
             duties.erase(duties.begin());
             if (!duty_lines.empty()) duty_lines.erase(duty_lines.begin());
             description = join(duties, " ");
           }
           entry.location = row[Column::Place];
           // A duties cell of typed "- " lines holds bullets; one of prose is the entry's description.
           auto bullets = marked_bullets(duties, duty_lines, lines.document);
           if (bullets.empty()) entry.summary = description;
           bullets.insert(bullets.end(), cell_bullets.begin(), cell_bullets.end());
           for (const auto& [text, index] : bullets) add_highlight(entry, resume.work.size(), text, index, section, lines.document, resume);
           read_stacked_role(row, entry);
           read_employer_and_place(row.lines[Column::EmployerAndPlace], entry);
           if (entry.location.empty()) entry.location = take_place_line(entry.company, row.lines[Column::Employer]);
           if (entry.location.empty()) entry.location = take_dashed_place(entry.company, false);
           drop_lower_case_remark(entry.company);  // "Logistica Padana S.r.l. (magazzino conto terzi)"
           if (auto place = split_off_place(entry.company, true); entry.location.empty()) entry.location = place;
           assign_dates(find_date(row[Column::Period]), entry.start, entry.end, false);
           if ((entry.position.empty() && entry.company.empty()) || entry.start.year == 0) return std::nullopt;
           return entry;
         });
  return read ? std::optional(table->span) : std::nullopt;
}

std::optional<LineSpan> parse_education_table(const SectionText& lines, const Section& section, Resume& resume) {
  auto table = find_table(lines, section, {Column::School, Column::Board, Column::Degree, Column::Course});
  bool read = table && add_rows(*table, resume.education, [&](Row row, size_t line) -> std::optional<EducationEntry> {
           EducationEntry entry;
           entry.location_in_document = lines.document.lines[line].location;
           bool degree_column = !row[Column::Degree].empty();
           std::vector<std::string> degree{degree_column ? row[Column::Degree] : row[Column::Course]};
           take_classification(degree, entry);  // "Baccalauréat S, mention Bien" in the degree's cell
           read_education_fields(degree, entry);
           entry.institution = row[Column::School].empty() ? row[Column::Board] : school_name(row.lines[Column::School], row[Column::School]);
           // "Programme Grande École (Master)" in the degree's column of a school's row: the column says what was
           // earned, though no degree list knows the name ("Year in Industry" under a school names no degree).
           if (entry.study_type.empty() && degree_column && !entry.institution.empty() && !degree.empty() && !degree.front().empty() &&
               (entry.area.empty() || entry.area == degree.front())) {
             entry.study_type = std::string(trim(degree.front()));
             entry.area.clear();
           }
           // "Profesional" beside "Ingeniera Industrial": the level is the kind of degree, the title what it was in.
           if (!row[Column::Level].empty() && degree_column) {
             entry.study_type = std::string(trim(row[Column::Level]));
             entry.area = std::string(trim(row[Column::Degree]));
           }
           // "Mestrado (QNQ 7)" beside "Educação Pré-Escolar" under "Curso / Área": the level names the degree.
           if (!row[Column::Level].empty() && !degree_column && entry.study_type.empty()) {
             // (Its level in a qualifications framework after it, "(QNQ 7)", "(EQF 6)", is no part of its name.)
             static const std::regex kFrameworkLevel{R"(\s*\((?:QNQ|EQF|NQF|QEQ|CEC|DQR|MEC|ISCED)\s*\d\)\s*$)"};
             entry.study_type = std::regex_replace(std::string(trim(row[Column::Level])), kFrameworkLevel, "");
             if (entry.area.empty()) entry.area = std::string(trim(row[Column::Course]));
           }
           tidy_institution(entry.institution);  // "Kendriya Vidyalaya No. 2, Nagpur"
           // "Fachrichtung", "Field of study": the degree's field ("–": none); the degree's cell then names the degree
           // whole ("Ausbildung / Staatsexamen", "Fachweiterbildung (DKG)").
           if (has_letter(row[Column::Unit]) && (entry.area.empty() || (degree_column && entry.area != row[Column::Unit]))) {
             if (!entry.area.empty()) entry.study_type = std::string(trim(row[Column::Degree]));
             entry.area = row[Column::Unit];
           }
           // "–": no grade given.
           if (has_letter(row[Column::Score]) || !digits_of(row[Column::Score]).empty()) entry.score = row[Column::Score];
           assign_dates(find_date(row[Column::Period]), entry.start, entry.end, true);
           if (entry.institution.empty() && entry.study_type.empty()) return std::nullopt;
           return entry;
         });
  return read ? std::optional(table->span) : std::nullopt;
}

}  // namespace atslint
