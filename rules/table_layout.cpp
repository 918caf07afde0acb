/// Flags tables used to lay out the page (side-by-side sections, a contact grid).
#include <fmt/format.h>

#include <algorithm>

#include "linter/patterns.h"
#include "linter/rule.h"
#include "linter/structure/headings.h"
#include "linter/text_util.h"
#include "rules/layout_support.h"

namespace atslint::rules {
namespace {

using Kind = LayoutObject::Kind;

struct TableContent {
  bool contact = false;
  int headings = 0;
  std::string first_text;
};

class TableLayout final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L005", "table-layout", Category::Layout, Severity::Warning,
                                  "Table used to lay out the page",
                                  "sections-for-error:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int sections_for_error = context.option<int>("sections-for-error", 2);
    int tables = static_cast<int>(std::count_if(context.document.objects.begin(), context.document.objects.end(),
                                                [](const LayoutObject& o) { return o.kind == Kind::Table; }));
    for (const auto& object : context.document.objects) {
      if (object.kind != Kind::Table) continue;
      TableContent content = read_content(context.document, object, tables == 1);
      if (object.layout_table) report_layout_table(object, content, sections_for_error, sink);
      else if (content.contact) report_data_table_contact(object, sink);
    }
  }

 private:
  /// Which lines belong to the table: by box on a page, else every table-cell line when
  /// the document has one table, else the object's own text.
  static bool line_in_table(const Line& line, const LayoutObject& table, bool only_table) {
    if (line.zone != Zone::TableCell && !(table.location.box && line.location.box)) return false;
    if (table.location.box && line.location.box)
      return line.location.page == table.location.page && centre_inside(*line.location.box, *table.location.box);
    return only_table;
  }

  static TableContent read_content(const Document& document, const LayoutObject& table, bool only_table) {
    TableContent content;
    for (size_t i = 0; i < document.lines.size(); ++i) {
      const Line& line = document.lines[i];
      if (!line_in_table(line, table, only_table)) continue;
      if (content.first_text.empty()) content.first_text = line.text;
      if (has_contact_detail(line.text)) content.contact = true;
      if (count_words(line.text) <= 6 && !canonical_section(line.text).canonical.empty()) ++content.headings;
    }
    if (content.first_text.empty()) read_object_text(table.text, content);
    return content;
  }

  /// Fallback when no line can be tied to the table: the text the front end stored on it.
  static void read_object_text(const std::string& text, TableContent& content) {
    content.first_text = text;
    content.contact = has_contact_detail(text);
    for (auto line : split_lines(text)) {
      line = trim(line);
      if (!line.empty() && count_words(line) <= 6 && !canonical_section(line).canonical.empty()) ++content.headings;
    }
  }

  static std::string describe(const LayoutObject& table) {
    if (!table.description.empty()) return table.description;
    return fmt::format("table {}x{}", table.rows, table.columns);
  }

  static void report_layout_table(const LayoutObject& table, const TableContent& content, int sections_for_error,
                                  DiagnosticSink& sink) {
    std::string where = table.location.describe();
    std::string excerpt = excerpt_of(collapse_spaces(content.first_text));
    if (content.contact || content.headings >= sections_for_error) {
      std::string holds = content.contact ? "your contact details" : fmt::format("{} sections", content.headings);
      sink.report(Severity::Error,
                  fmt::format("{} at {} lays out the page and holds {}: many ATS read table cells out of "
                              "order or skip them; put this content in ordinary paragraphs, one column",
                              describe(table), where, holds),
                  table.location, excerpt);
      return;
    }
    sink.report(fmt::format("{} at {} is used for layout: an ATS may read its cells out of order or "
                            "merge them; use ordinary paragraphs and tab stops instead",
                            describe(table), where),
                table.location, excerpt);
  }

  static void report_data_table_contact(const LayoutObject& table, DiagnosticSink& sink) {
    sink.report(Severity::Info,
                fmt::format("{} at {} holds contact details: some ATS skip tables, so repeat your email "
                            "and phone in a plain line at the top",
                            describe(table), table.location.describe()),
                table.location);
  }
};

}  // namespace

std::unique_ptr<Rule> make_table_layout() { return std::make_unique<TableLayout>(); }

}  // namespace atslint::rules
