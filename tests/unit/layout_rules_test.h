#pragma once
// In-memory documents shaped like the PDF and DOCX front ends' output, and a
// runner for one rule, for the layout rule tests (L004-L009).
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "linter/diagnostic.h"
#include "linter/document.h"

namespace layout_test {

using namespace atslint;

/// A PDF-shaped run: page, box, font and size.
TextRun pdf_run(std::string text, double x0, double y0, double size = 10.5, std::string font = "Calibri");
/// A PDF-shaped line on `page`, numbered `number`, made of runs (boxes joined).
Line pdf_line(std::vector<TextRun> runs, int number, int page = 1);
/// A PDF-shaped line of one run at the left margin, `number` lines down the page.
Line pdf_text(std::string text, int number, double size = 10.5, int page = 1);
/// A DOCX-shaped paragraph line: paragraph number, part, zone, no boxes.
Line docx_line(std::string text, int paragraph, Zone zone = Zone::Body, std::string part = "document.xml",
               double size = 11);
/// An A4-ish PDF document with `pages` pages, each with plenty of text.
Document pdf_document(int pages = 1);
Document docx_document();

/// Runs one rule (by name) over the document with the given options.
std::vector<Diagnostic> lint(const Document& document, std::string_view rule,
                             const nlohmann::json& options = nlohmann::json::object());
int count_at_least(const std::vector<Diagnostic>& diagnostics, Severity severity);

}  // namespace layout_test
