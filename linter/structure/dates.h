#pragma once
// Dates as resumes print them: "Jan 2020 – Present", "01/2020 - 03/2022",
// "2019–2021", "Sept. 2023", "Summer 2022", "März 2021 – heute", "depuis 2020".
#include <optional>
#include <string_view>

#include "linter/structure/resume.h"

namespace atslint {

/// How a date is written, for the date-format rule.
enum class DateStyle { None, MonthName, NumericMonth, YearOnly, Season };

struct DateMatch {
  PartialDate start, end;  ///< end.year == 0 and !end.present: a single date
  bool range = false;
  size_t begin = 0, finish = 0;  ///< byte span in the searched text
  DateStyle style = DateStyle::None;
};

/// The first date range in `text`, else the first single date; nullopt when none.
std::optional<DateMatch> find_date(std::string_view text);

/// "01/2015 – 02/2020", "2014" and nothing else.
bool is_date_only(std::string_view text);

const char* date_style_name(DateStyle style);

/// "Present", "heute", "aujourd’hui" alone: the word that ends a date range still running.
bool names_present(std::string_view word);

/// "– Actual   Grupo Industrial …", "– aujourd’hui": the end of a range broken from its start, opening `text`; the
/// match's `finish` is where that end stops in `text`. nullopt when `text` opens on no such end.
std::optional<DateMatch> range_end_at_start(std::string_view text);

}  // namespace atslint
