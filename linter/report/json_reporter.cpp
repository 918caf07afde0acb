#include "linter/report/reporter.h"

namespace atslint {

nlohmann::json location_to_json(const Location& location) {
  nlohmann::json json = nlohmann::json::object();
  if (location.page > 0) json["page"] = location.page;
  if (location.line > 0) json["line"] = location.line;
  if (location.column > 0) json["column"] = location.column;
  if (location.paragraph > 0) json["paragraph"] = location.paragraph;
  if (location.box) json["box"] = {location.box->x0, location.box->y0, location.box->x1, location.box->y1};
  if (!location.part.empty()) json["part"] = location.part;
  json["text"] = location.describe();
  return json;
}

nlohmann::json file_to_json(const FileResult& result) {
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const auto& d : result.diagnostics) {
    diagnostics.push_back({{"rule", d.rule},
                           {"code", d.code},
                           {"severity", severity_name(d.severity)},
                           {"message", d.message},
                           {"location", location_to_json(d.location)},
                           {"excerpt", d.excerpt}});
  }
  nlohmann::json error = nullptr;
  if (result.error) error = {{"code", result.error->code}, {"message", result.error->message}};
  nlohmann::json score = nullptr;
  if (result.score) score = {{"total", result.score->total}, {"categories", result.score->categories}};
  return {{"path", result.path},
          {"format", result.format ? nlohmann::json(format_name(*result.format)) : nlohmann::json(nullptr)},
          {"error", error},
          {"pages", result.pages},
          {"notices", result.notices},
          {"diagnostics", diagnostics},
          {"score", score}};
}

namespace {

/// One JSON document for the whole run (docs/json-output.md).
class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}
  void file(const FileResult& result) override { files_.push_back(file_to_json(result)); }
  void finish(const Summary& summary) override {
    nlohmann::json report = {
        {"tool", {{"name", "atslint"}, {"version", ATSLINT_VERSION}}},
        {"files", files_},
        {"summary",
         {{"files", summary.files},
          {"unreadable", summary.unreadable},
          {"errors", summary.errors},
          {"warnings", summary.warnings},
          {"infos", summary.infos}}}};
    out_ << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }

 private:
  std::ostream& out_;
  nlohmann::json files_ = nlohmann::json::array();
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<JsonReporter>(out);
}

}  // namespace atslint
