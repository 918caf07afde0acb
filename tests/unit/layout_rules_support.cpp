#include <stdexcept>

#include "layout_rules_test.h"
#include "linter/rule_registry.h"
#include "linter/structure/structure.h"

namespace layout_test {

TextRun pdf_run(std::string text, double x0, double y0, double size, std::string font) {
  TextRun run;
  double width = 0.5 * size * static_cast<double>(text.size());
  run.location.page = 1;
  run.location.box = Box{x0, y0, x0 + width, y0 + size};
  run.text = std::move(text);
  run.font = std::move(font);
  run.size = size;
  return run;
}

Line pdf_line(std::vector<TextRun> runs, int number, int page) {
  Line line;
  line.location.page = page;
  line.location.line = number;
  for (auto& run : runs) {
    run.location.page = page;
    run.location.line = number;
    if (!line.text.empty() && !run.text.empty() && run.text.front() != ' ') line.text += ' ';
    line.text += run.text;
    line.location.box = line.location.box ? Box{std::min(line.location.box->x0, run.location.box->x0),
                                                std::min(line.location.box->y0, run.location.box->y0),
                                                std::max(line.location.box->x1, run.location.box->x1),
                                                std::max(line.location.box->y1, run.location.box->y1)}
                                          : run.location.box;
  }
  line.runs = std::move(runs);
  return line;
}

Line pdf_text(std::string text, int number, double size, int page) {
  return pdf_line({pdf_run(std::move(text), 56, 40 + 14.0 * number, size)}, number, page);
}

Line docx_line(std::string text, int paragraph, Zone zone, std::string part, double size) {
  TextRun run;
  run.text = text;
  run.size = size;
  run.font = "Calibri";
  run.zone = zone;
  run.location.page = 1;
  run.location.paragraph = paragraph;
  run.location.part = part;
  Line line;
  line.text = std::move(text);
  line.zone = zone;
  line.location = run.location;
  line.runs.push_back(std::move(run));
  return line;
}

Document pdf_document(int pages) {
  Document document;
  document.format = Format::Pdf;
  for (int i = 1; i <= pages; ++i) document.pages.push_back(Page{i, 595, 842, 0, 2500, {}, {}});
  return document;
}

Document docx_document() {
  Document document;
  document.format = Format::Docx;
  document.pages.push_back(Page{1, 612, 792, 0, 2500, {}, {}});
  return document;
}

std::vector<Diagnostic> lint(const Document& document, std::string_view rule, const nlohmann::json& options) {
  const Rule* found = find_rule(rule);
  if (!found) throw std::runtime_error("no such rule");
  Resume resume = analyse_structure(document);
  std::vector<Diagnostic> out;
  DiagnosticSink sink(found->info(), out);
  LintContext context{document, resume, options};
  found->check(context, sink);
  return out;
}

int count_at_least(const std::vector<Diagnostic>& diagnostics, Severity severity) {
  int count = 0;
  for (const auto& d : diagnostics)
    if (d.severity >= severity) ++count;
  return count;
}

}  // namespace layout_test
