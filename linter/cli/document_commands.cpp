// `atslint text` and `atslint parse`: show what was read, not what is wrong.
#include <fmt/format.h>

#include <new>
#include <ostream>

#include "linter/cli/cli.h"
#include "linter/cli/commands.h"
#include "linter/error.h"
#include "linter/structure/json_resume.h"
#include "linter/structure/structure.h"

namespace atslint {

static bool load_or_report(const std::string& path, Document& document, std::ostream& err) {
  try {
    document = load_document(path);
    return true;
  } catch (const AtsError& error) {
    err << fmt::format("atslint: error: {}: {}\n", path, error.what());
    return false;
  } catch (const std::bad_alloc&) {  // as lint_file does: a one-line error, not an abort
    err << fmt::format("atslint: error: {}: ran out of memory reading this file\n", path);
    return false;
  }
}

int run_text(const std::string& path, const std::string& layout, std::ostream& out, std::ostream& err) {
  Document document;
  if (!load_or_report(path, document, err)) return kExitUsage;
  const auto& lines = layout == "raw" && !document.raw_lines.empty() ? document.raw_lines : document.lines;
  int page = 0;
  for (const auto& line : lines) {
    if (line.location.page > 1 && line.location.page != page) out << '\f' << '\n';
    page = line.location.page;
    if (line.list_item) out << line.list_marker << ' ';
    out << line.text << '\n';
  }
  return kExitClean;
}

int run_parse(const std::string& path, const std::string&, std::ostream& out, std::ostream& err) {
  Document document;
  if (!load_or_report(path, document, err)) return kExitUsage;
  Resume resume = analyse_structure(document);
  out << to_json_resume(document, resume).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  return kExitClean;
}

}  // namespace atslint
