#include "linter/layout/zones.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <regex>
#include <set>
#include <vector>

#include "linter/text_util.h"

namespace atslint::layout {
namespace {

constexpr double kBand = 0.12;  // top/bottom share of the page height

// Digits vary from page to page ("Page 2"), the rest repeats.
std::string zone_key(const std::string& text) {
  std::string key = to_lower_ascii(collapse_spaces(text));
  for (auto& c : key)
    if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
  return key;
}

bool is_page_number(const std::string& key) {
  // At most three digits: a year alone at the foot of a page ("2017") is no page number.
  static const std::regex pattern(R"(^[-– ]*(page |p\. ?|seite )?#{1,3}( ?(of|/|von) ?#{1,3})?[-– ]*$)");
  return std::regex_match(key, pattern);
}

std::optional<Zone> band_of(const Line& line, const Page& page) {
  if (!line.location.box || page.height <= 0) return std::nullopt;
  if (line.location.box->y1 < kBand * page.height) return Zone::Header;
  if (line.location.box->y0 > (1 - kBand) * page.height) return Zone::Footer;
  return std::nullopt;
}

/// The texts of a line's first and last cells, split where runs stand a wide gap apart ("Berufserfahrung" …
/// "Tobias Hägele"); none for a line of one cell.
std::vector<std::string> edge_cells(const Line& line) {
  std::vector<std::string> cells(1);
  const TextRun* previous = nullptr;
  for (const auto& run : line.runs) {
    if (!run.location.box) return {};
    if (previous && run.location.box->x0 - previous->location.box->x1 > 3 * std::max(run.size, 4.0)) cells.emplace_back();
    cells.back() += run.text;
    previous = &run;
  }
  if (cells.size() < 2) return {};
  return {cells.front(), cells.back()};
}

const Page* page_of(const Document& document, const Line& line) {
  auto index = static_cast<size_t>(line.location.page - 1);
  return index < document.pages.size() ? &document.pages[index] : nullptr;
}

void add_zone_objects(Document& document) {
  std::map<std::pair<int, Zone>, LayoutObject> objects;
  for (const auto& line : document.raw_lines) {
    if (line.zone != Zone::Header && line.zone != Zone::Footer) continue;
    auto& object = objects[{line.location.page, line.zone}];
    object.kind = LayoutObject::Kind::HeaderFooter;
    object.location.page = line.location.page;
    object.location.part = zone_name(line.zone);
    const Box& b = *line.location.box;
    object.location.box = object.text.empty() ? b : united(*object.location.box, b);
    if (!object.text.empty()) object.text += '\n';
    object.text += line.text;
    object.description = std::string("repeated page ") + zone_name(line.zone);
  }
  for (auto& [key, object] : objects) document.objects.push_back(std::move(object));
}

}  // namespace

void mark_zones(Document& document) {
  // Keyed by whole lines, and in the top band by the end cells of lines spread across the page: a running head that
  // prints the current section beside the name ("Berufserfahrung … Tobias Hägele") repeats only its other end. Cells
  // are compared as printed and only when they hold no figures: an entry's "2016 – 2018" repeats on every page too.
  std::map<std::pair<Zone, std::string>, std::set<int>> seen;
  std::map<std::string, std::set<int>> seen_head_cells;
  std::map<int, std::vector<double>> line_tops;  // per page
  auto head_cells = [](const Line& line) {
    auto cells = edge_cells(line);
    std::erase_if(cells, [](const std::string& cell) { return std::any_of(cell.begin(), cell.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }); });
    return cells;
  };
  for (const auto& line : document.raw_lines) {
    if (line.location.box) line_tops[line.location.page].push_back(line.location.box->y0);
    if (const Page* page = page_of(document, line))
      if (auto zone = band_of(line, *page)) {
        seen[{*zone, zone_key(line.text)}].insert(line.location.page);
        if (*zone == Zone::Header)
          for (const auto& cell : head_cells(line)) seen_head_cells[cell].insert(line.location.page);
      }
  }
  // A running head opens its page and stands apart from the text under it; an entry's "Kasa   Seoul, S.Korea" atop
  // each page does not, nor the last rows of a list ending high on a page.
  auto stands_apart = [&](const Line& line) {
    const Box& box = *line.location.box;
    double next = std::numeric_limits<double>::max();
    for (double top : line_tops[line.location.page]) {
      if (top < box.y0 - 0.5) return false;  // a line above it
      if (top >= box.y1) next = std::min(next, top);
    }
    return next - box.y1 > 1.5 * (box.y1 - box.y0);
  };
  auto repeated_head = [&](const Line& line, Zone zone) {
    if (zone != Zone::Header) return false;
    auto cells = head_cells(line);
    bool repeated = std::any_of(cells.begin(), cells.end(), [&](const std::string& cell) {
      auto found = seen_head_cells.find(cell);
      return found != seen_head_cells.end() && found->second.size() >= 2;
    });
    return repeated && stands_apart(line);
  };
  for (auto& line : document.raw_lines) {
    const Page* page = page_of(document, line);
    auto zone = page ? band_of(line, *page) : std::nullopt;
    if (!zone) continue;
    std::string key = zone_key(line.text);
    if (seen[{*zone, key}].size() < 2 && !is_page_number(key) && !repeated_head(line, *zone)) continue;
    line.zone = *zone;
    for (auto& run : line.runs) run.zone = *zone;
  }
  add_zone_objects(document);
}

}  // namespace atslint::layout
