#pragma once
// Jobs written as a form ("Company: Acme" / "Position: Analyst" / "Period: 2019 – 2021"),
// common in Asian and European CVs: each label names its field, so no guessing from order.
#include <optional>
#include <string>
#include <vector>

#include "linter/structure/entries.h"

namespace atslint {

/// Whether the section prints its jobs as labelled fields (a position or company and a period).
bool uses_labelled_fields(const SectionText& lines, const Section& section);

/// "Period: 2004 – 2005", "Duration : Jan 2019 to Present": the value after a period label.
std::optional<std::string> period_value(std::string_view line);

/// "Ruolo: Farmacista", "Position: Analyst": the value after a position label.
std::optional<std::string> position_value(std::string_view line);

/// "Entreprise   Aérostructures du Midi SAS – Colomiers (31)", "Empresa: Acme S.A.": the value a company label
/// heads, with or without its colon; nullopt for any other line.
std::optional<std::string> company_value(std::string_view line);

/// "Company: Acme Ltd", "Designation : Analyst", "Institution:  …": a line of a job or a school written as a form.
bool is_form_field(std::string_view line);

/// "Dates   School / Employer   Role": a table's header row naming the entry fields, no entry.
bool is_column_header(std::string_view line);

/// One WorkEntry per run of labelled fields; other lines below them are its highlights.
void parse_labelled_work(const SectionText& lines, const Section& section, Resume& resume);

/// The old Europass grid wraps long labels in its rail ("Name und Adresse des" / "Arbeitgebers   bühel"):
/// joins each onto its first line with the value beside it, and blanks the line it wrapped onto.
void join_wrapped_form_labels(std::vector<std::string>& text);

/// An application form's labels printed above their values ("Job Title   Company" / "Analyst   Acme, LLC"): each
/// pair of lines rewritten as "Label: value" lines, the form reader's shape.
void unstack_form_labels(std::vector<std::string>& text);

/// A portal's job cards: the same row of labels over each job ("EMPREGADOR   MUNICÍPIO   ADMISSÃO") with the values
/// under them; each card rewritten as "Label: value" pieces on its label row, its title (the bold line above, when no
/// label names it) as "Position: …".
void unstack_label_grids(const Document& document, std::vector<std::string>& text);

/// "Nome e tipo d'organizzazione erogatrice dell'istruzione e formazione": a label of Europass's grid alone on its
/// line, however it ends; no section's heading.
bool is_grid_label(std::string_view line);

/// "Fechas", "Puesto", "Empresa", "Titulación": a rail label naming a field of one entry, no section.
bool names_entry_field(std::string_view label);
/// "Job Profile", "Werkzaamheden", "Tâches": a label over an entry's duties.
bool is_duties_label(std::string_view text);
/// "Employer", "Client", "Azienda": a label naming an entry's employer.
bool names_employer_field(std::string_view label);
/// "Área", "Sector", "Reason for leaving": a label of a detail about an entry, neither its title, employer nor dates.
bool names_detail_field(std::string_view label);
/// Whether the section prints its schools as Europass's labelled rows (a period and a qualification or school).
bool uses_labelled_education(const SectionText& lines, const Section& section);

/// One EducationEntry per period row, with the qualification and school rows under it.
void parse_labelled_education(const SectionText& lines, const Section& section, Resume& resume);

}  // namespace atslint
