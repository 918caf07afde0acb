#include <doctest/doctest.h>

#include "linter/structure/dates.h"

using namespace atslint;

TEST_CASE("date ranges in English forms") {
  auto range = find_date("Acme Corp    Jan 2020 – Present");
  REQUIRE(range);
  CHECK(range->range);
  CHECK(range->start.iso() == "2020-01");
  CHECK(range->end.present);
  CHECK(range->style == DateStyle::MonthName);

  auto numeric = find_date("01/2020 - 03/2022");
  REQUIRE(numeric);
  CHECK(numeric->start.iso() == "2020-01");
  CHECK(numeric->end.iso() == "2022-03");
  CHECK(numeric->style == DateStyle::NumericMonth);

  auto years = find_date("2019–2021");
  REQUIRE(years);
  CHECK(years->start.iso() == "2019");
  CHECK(years->end.iso() == "2021");

  auto sept = find_date("Sept. 2023 to Dec. 2023");
  REQUIRE(sept);
  CHECK(sept->start.iso() == "2023-09");
  CHECK(sept->end.iso() == "2023-12");
}

TEST_CASE("seasons, German and French month names, present words") {
  auto summer = find_date("Intern, Summer 2022");
  REQUIRE(summer);
  CHECK(summer->start.iso() == "2022");
  CHECK(summer->style == DateStyle::Season);

  auto german = find_date("März 2021 – heute");
  REQUIRE(german);
  CHECK(german->start.iso() == "2021-03");
  CHECK(german->end.present);

  auto french = find_date("février 2019 - aujourd'hui");
  REQUIRE(french);
  CHECK(french->start.iso() == "2019-02");
  CHECK(french->end.present);

  auto spanish = find_date("03/2022 - actual");
  REQUIRE(spanish);
  CHECK(spanish->end.present);

  auto since = find_date("seit 2020");
  REQUIRE(since);
  CHECK(since->start.iso() == "2020");
  CHECK(since->end.present);
}

TEST_CASE("the byte span covers the printed date so it can be cut from a line") {
  std::string line = "Software Engineer | Jun 2021 - Aug 2024 | Berlin";
  auto match = find_date(line);
  REQUIRE(match);
  CHECK(line.substr(match->begin, match->finish - match->begin) == "Jun 2021 - Aug 2024");
}

TEST_CASE("phone numbers and plain numbers are not dates") {
  CHECK_FALSE(find_date("(312) 555-0123"));
  CHECK_FALSE(find_date("Cut latency by 35 percent"));
  auto single = find_date("Expected May 2026");
  REQUIRE(single);
  CHECK_FALSE(single->range);
  CHECK(single->start.iso() == "2026-05");
}

TEST_CASE("two month dates side by side, their dash lost in extraction, are a range, two years are not") {
  auto range = find_date("Data Engineer II   Jun. 2020  Feb. 2022");
  REQUIRE(range);
  CHECK(range->range);
  CHECK(range->start.iso() == "2020-06");
  CHECK(range->end.iso() == "2022-02");
  auto current = find_date("Senior Data Engineer   Mar. 2022  Present");
  REQUIRE(current);
  CHECK(current->end.present);
  auto years = find_date("Founded 2019 2021 revenue");
  REQUIRE(years);
  CHECK_FALSE(years->range);
}

TEST_CASE("a present phrase of several words ends the range, and its byte span covers the phrase") {
  for (const char* text : {"2019 – to the present day", "mayo 2018 – a la fecha", "2016 – à ce jour", "03/2017 – até hoje",
                           "2019 – and counting", "01/2019 – alla data attuale"}) {
    CAPTURE(text);
    auto range = find_date(text);
    REQUIRE(range);
    CHECK(range->range);
    CHECK(range->end.present);
    CHECK(range->finish == std::string_view(text).size());
  }
  auto till = find_date("Jun 2023 to Till Date   Zenwave Technologies");  // text may follow where no article leads
  REQUIRE(till);
  CHECK(till->end.present);
  auto ended = find_date("2016 – 2019, a la fecha");  // a real end year wins over a later phrase
  REQUIRE(ended);
  CHECK(ended->end.iso() == "2019");
}

TEST_CASE("a range whose end is still expected keeps both ends") {
  auto expected = find_date("2023 – expected May 2026");
  REQUIRE(expected);
  CHECK(expected->start.iso() == "2023");
  CHECK(expected->end.iso() == "2026-05");
  auto german = find_date("10/2021 – voraussichtlich 09/2024");
  REQUIRE(german);
  CHECK(german->start.iso() == "2021-10");
  CHECK(german->end.iso() == "2024-09");
  auto capital = find_date("Sep 2019 - Expected: June 2022");
  REQUIRE(capital);
  CHECK(capital->end.iso() == "2022-06");
}

TEST_CASE("a number of hours is no year") {
  CHECK_FALSE(find_date("Ciclo Formativo de Grado Superior (2000 horas). Calificación final: 9,1."));
  CHECK_FALSE(find_date("Praktikum im Umfang von 1980 Stunden"));
  CHECK(find_date("Abschluss 2000, Note 1,7"));
}

TEST_CASE("'voraussichtl.' before the end of a range says it is still to come") {
  auto range = find_date("09/2023 – voraussichtl. 07/2025");
  REQUIRE(range);
  CHECK(range->range);
  CHECK(range->start.iso() == "2023-09");
  CHECK(range->end.iso() == "2025-07");
}

TEST_CASE("a month whose accent a tool lost to U+FFFD is still its month; 'Saisons' before seasons is the date's") {
  auto lost = find_date("Avr. 2018 - f\uFFFDvr. 2021 : Commis");
  REQUIRE(lost);
  CHECK(lost->start.iso() == "2018-04");
  CHECK(lost->end.iso() == "2021-02");
  auto august = find_date("ao\uFFFDt 2019");
  REQUIRE(august);
  CHECK(august->start.iso() == "2019-08");
  std::string seasons = "Saisons été 2014 et 2015 : Commis de cuisine";
  auto match = find_date(seasons);
  REQUIRE(match);
  CHECK(match->begin == 0);
  CHECK(match->start.iso() == "2014");
}

TEST_CASE("a spreadsheet's 'mmm-yy' month: a month name and two digits of its year joined by a hyphen") {
  auto range = find_date("mars-14 - août-19");
  REQUIRE(range);
  CHECK(range->range);
  CHECK(range->start.year == 2014);
  CHECK(range->start.month == 3);
  CHECK(range->end.year == 2019);
  CHECK(range->end.month == 8);
  auto english = find_date("Sep-98 – Jan-03");
  REQUIRE(english);
  CHECK(english->start.year == 1998);
  CHECK(english->end.year == 2003);
  // A model number, no date: the figures go on.
  CHECK_FALSE(find_date("Mar-145 valve"));
}
