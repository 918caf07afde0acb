// ODT front end: OpenDocument text (content.xml, styles.xml) read into the
// document model with the same zones and layout objects as the DOCX reader.
#include <fmt/format.h>
#include <libxml/tree.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

#include "linter/error.h"
#include "linter/patterns.h"
#include "linter/text_util.h"
#include "parsers/common/word_layout.h"
#include "parsers/common/xml_document.h"
#include "parsers/common/zip_archive.h"
#include "parsers/frontend.h"

namespace atslint {
namespace {

struct TextProps {
  std::optional<bool> bold, italic, hidden;
  std::optional<double> size;
  std::optional<uint32_t> color;
  std::optional<std::string> font;

  void merge(const TextProps& over) {
    if (over.bold) bold = over.bold;
    if (over.italic) italic = over.italic;
    if (over.hidden) hidden = over.hidden;
    if (over.size) size = over.size;
    if (over.color) color = over.color;
    if (over.font) font = over.font;
  }
};

struct OdfStyle {
  std::string parent, display_name;
  TextProps text;
  int outline_level = 0;
  int columns = 0;
  bool cell_borders = false;
  std::string list_style;
};

bool visible_border(const std::string& value) { return !value.empty() && value != "none" && value.find("0pt") != 0; }

class OdtReader {
 public:
  explicit OdtReader(std::string_view bytes) : zip_(bytes) {}

  Document read() {
    auto content_bytes = zip_.read("content.xml");
    if (!content_bytes) throw AtsError("bad-odt", "the ODT has no content.xml: re-save it");
    std::unique_ptr<XmlDocument> styles_xml;
    if (auto bytes = zip_.read("styles.xml")) styles_xml = std::make_unique<XmlDocument>(*bytes, "styles.xml");
    XmlDocument content(*content_bytes, "content.xml");
    if (styles_xml) load_styles(styles_xml->root());
    load_styles(content.root());
    auto* text = xml::child(xml::child(content.root(), "body"), "text");
    if (!text) throw AtsError("bad-odt", "the ODT holds no text document body: save it as a Writer document");
    if (styles_xml) read_master_part(styles_xml->root(), "header", Zone::Header);
    part_ = "";
    zone_ = Zone::Body;
    paragraph_ = 0;
    blocks(text);
    if (styles_xml) read_master_part(styles_xml->root(), "footer", Zone::Footer);
    finish();
    return std::move(document_);
  }

 private:
  // ---- styles ---------------------------------------------------------------
  void load_styles(const xmlNode* root) {
    for (auto* decls : xml::children(root, "font-face-decls"))
      for (auto* face : xml::children(decls, "font-face"))
        font_families_[xml::attr(face, "name")] = trim_quotes(xml::attr(face, "font-family"));
    for (const char* group : {"styles", "automatic-styles"}) {
      for (auto* container : xml::children(root, group)) {
        for (auto* node : xml::children(container)) {
          if (xml::is(node, "style")) load_style(node);
          else if (xml::is(node, "default-style") && xml::attr(node, "family") == "paragraph")
            default_text_ = text_props(xml::child(node, "text-properties"));
          else if (xml::is(node, "page-layout")) load_page_layout(node);
          else if (xml::is(node, "list-style")) load_list_style(node);
        }
      }
    }
  }

  static std::string trim_quotes(std::string text) {
    if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"')) text = text.substr(1, text.size() - 2);
    return text;
  }

  TextProps text_props(const xmlNode* props) const {
    TextProps out;
    if (!props) return out;
    if (auto weight = xml::attr(props, "font-weight"); !weight.empty()) out.bold = weight == "bold" || number(weight) >= 600;
    if (auto style = xml::attr(props, "font-style"); !style.empty()) out.italic = style == "italic" || style == "oblique";
    if (auto display = xml::attr(props, "display"); !display.empty()) out.hidden = display == "none";
    if (auto size = xml::attr(props, "font-size"); !size.empty() && size.back() != '%') out.size = length_to_points(size);
    if (auto color = xml::attr(props, "color"); color.size() == 7 && color[0] == '#') {
      uint32_t rgb = 0;
      if (std::from_chars(color.data() + 1, color.data() + 7, rgb, 16).ec == std::errc()) out.color = rgb;
    }
    if (auto font = xml::attr(props, "font-name"); !font.empty()) {
      auto family = font_families_.find(font);
      out.font = family != font_families_.end() ? family->second : font;
    }
    return out;
  }

  void load_style(const xmlNode* node) {
    OdfStyle style;
    style.parent = xml::attr(node, "parent-style-name");
    style.display_name = xml::attr(node, "display-name");
    if (style.display_name.empty()) style.display_name = xml::attr(node, "name");
    style.text = text_props(xml::child(node, "text-properties"));
    style.outline_level = count(xml::attr(node, "default-outline-level"), 0, 10);
    style.list_style = xml::attr(node, "list-style-name");
    if (auto* section = xml::child(node, "section-properties"))
      style.columns = count(xml::attr(xml::child(section, "columns"), "column-count"), 0, 45);
    if (auto* cell = xml::child(node, "table-cell-properties"))
      for (const char* edge : {"border", "border-top", "border-bottom", "border-left", "border-right"})
        if (visible_border(xml::attr(cell, edge))) style.cell_borders = true;
    styles_[xml::attr(node, "name")] = std::move(style);
  }

  void load_page_layout(const xmlNode* node) {
    auto* props = xml::child(node, "page-layout-properties");
    if (!props || page_width_ > 0) return;
    page_width_ = length_to_points(xml::attr(props, "page-width"));
    page_height_ = length_to_points(xml::attr(props, "page-height"));
    if (auto* columns = xml::child(props, "columns")) page_columns_ = count(xml::attr(columns, "column-count"), 0, 45);
  }

  void load_list_style(const xmlNode* node) {
    auto& levels = list_styles_[xml::attr(node, "name")];
    for (auto* level : xml::children(node)) {
      int index = count(xml::attr(level, "level"), 0, 10);
      if (index < 1) continue;
      if (xml::is(level, "list-level-style-bullet")) levels[index] = xml::attr(level, "bullet-char");
      else if (xml::is(level, "list-level-style-number"))
        levels[index] = "#" + xml::attr(level, "num-prefix") + "|" + xml::attr(level, "num-suffix");
    }
  }

  static double number(std::string_view text) {
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }

  /// A count from an attribute, clamped so hostile values cannot overflow or loop for long.
  static int count(std::string_view text, int low, int high) {
    double value = number(text);
    if (!(value >= low)) return low;
    return value > high ? high : static_cast<int>(value);
  }

  std::vector<const OdfStyle*> chain(const std::string& name) const {
    std::vector<const OdfStyle*> out;
    std::string current = name;
    while (!current.empty() && out.size() < 20) {
      auto it = styles_.find(current);
      if (it == styles_.end()) break;
      out.push_back(&it->second);
      current = it->second.parent;
    }
    return out;
  }

  TextProps resolved_text(const std::string& name, TextProps base) const {
    auto styles = chain(name);
    for (auto it = styles.rbegin(); it != styles.rend(); ++it) base.merge((*it)->text);
    return base;
  }

  int heading_level(const std::string& name) const {
    for (const auto* style : chain(name)) {
      if (style->outline_level > 0) return style->outline_level;
      if (int level = heading_level_from_name(style->display_name)) return level;
    }
    return 0;
  }

  // ---- blocks -----------------------------------------------------------------
  void read_master_part(const xmlNode* styles_root, const char* which, Zone zone) {
    auto* master_styles = xml::child(styles_root, "master-styles");
    for (auto* master : xml::children(master_styles, "master-page")) {
      auto* part = xml::child(master, which);
      if (!part) continue;
      part_ = fmt::format("{} ({})", which, xml::attr(master, "name"));
      zone_ = zone;
      paragraph_ = 0;
      size_t first_line = document_.lines.size();
      blocks(part);
      LayoutObject object;
      object.kind = LayoutObject::Kind::HeaderFooter;
      object.location.part = part_;
      object.location.paragraph = 1;
      object.text = lines_text(first_line);
      object.description = fmt::format("page {} ({})", which, xml::attr(master, "name"));
      if (!trim(object.text).empty()) document_.objects.push_back(std::move(object));
    }
  }

  void blocks(const xmlNode* parent) {
    for (auto* node : xml::children(parent)) {
      auto name = xml::name(node);
      if (name == "p" || name == "h") paragraph(node, {});
      else if (name == "list") list(node, 1, xml::attr(node, "style-name"));
      else if (name == "table") table(node);
      else if (name == "section") section(node);
      else if (name == "tracked-changes") document_.tracked_changes = !xml::children(node).empty();
      else if (name == "frame") frame(node);
      else if (name == "index-body" || name == "table-of-content" || name == "alphabetical-index") blocks(node);
    }
  }

  void section(const xmlNode* node) {
    int columns = 0;
    for (const auto* style : chain(xml::attr(node, "style-name")))
      if (style->columns) { columns = style->columns; break; }
    size_t first_line = document_.lines.size();
    int first_paragraph = paragraph_ + 1;
    blocks(node);
    if (columns >= 2 && document_.lines.size() > first_line) add_columns(columns, first_paragraph);
  }

  void add_columns(int columns, int paragraph) {
    LayoutObject region;
    region.kind = LayoutObject::Kind::ColumnRegion;
    region.location.paragraph = paragraph;
    region.location.part = part_;
    region.description = fmt::format("{} newspaper columns", columns);
    document_.objects.push_back(std::move(region));
  }

  void list(const xmlNode* node, int level, std::string style) {
    if (auto own = xml::attr(node, "style-name"); !own.empty()) style = own;
    int counter = 0;
    for (auto* item : xml::children(node)) {
      if (!xml::is(item, "list-item") && !xml::is(item, "list-header")) continue;
      ++counter;
      for (auto* child : xml::children(item)) {
        if (xml::is(child, "p") || xml::is(child, "h")) {
          paragraph(child, xml::is(item, "list-item") ? marker(style, level, counter) : std::string());
        } else if (xml::is(child, "list")) {
          list(child, level + 1, style);
        }
      }
    }
  }

  std::string marker(const std::string& style, int level, int counter) const {
    auto levels = list_styles_.find(style);
    if (levels == list_styles_.end()) return "•";
    auto it = levels->second.find(level);
    if (it == levels->second.end() || it->second.empty()) return "•";
    if (it->second[0] != '#') return it->second;
    auto bar = it->second.find('|');
    return it->second.substr(1, bar - 1) + std::to_string(counter) + it->second.substr(bar + 1);
  }

  void paragraph(const xmlNode* node, const std::string& list_marker) {
    ++paragraph_;
    auto style = xml::attr(node, "style-name");
    int heading = xml::is(node, "h") ? count(xml::attr(node, "outline-level"), 1, 10)
                                     : heading_level(style);
    lines_.assign(1, Line{});
    frames_.clear();
    inlines(node, resolved_text(style, default_text_), "");
    bool first = true;
    for (auto& line : lines_) {
      if (trim(line.text).empty()) continue;
      line.location.paragraph = paragraph_;
      line.location.part = part_;
      line.zone = zone_;
      line.block_start = first;
      if (first) {
        line.heading = heading > 0;
        line.heading_level = heading;
        line.list_item = !list_marker.empty();
        line.list_marker = list_marker;
      }
      first = false;
      for (auto& run : line.runs) run.location = line.location;
      document_.lines.push_back(std::move(line));
    }
    lines_.clear();
    auto frames = frames_;
    frames_.clear();
    for (auto* frame_node : frames) frame(frame_node);
  }

  void inlines(const xmlNode* parent, const TextProps& props, const std::string& link) {
    for (xmlNode* node = parent->children; node; node = node->next) {
      if (node->type == XML_TEXT_NODE && node->content) {
        emit(collapse_xml_space(reinterpret_cast<const char*>(node->content)), props, link);
        continue;
      }
      auto name = xml::name(node);
      if (name == "span") inlines(node, resolved_text(xml::attr(node, "style-name"), props), link);
      else if (name == "a") inlines(node, props, xml::attr(node, "href"));
      else if (name == "s") emit(std::string(static_cast<size_t>(count(xml::attr(node, "c"), 1, 100)), ' '), props, link);
      else if (name == "tab") emit("\t", props, link);
      else if (name == "line-break") lines_.emplace_back();
      else if (name == "frame") frames_.push_back(node);
      else if (name == "annotation") ++document_.comments;
      else if (name == "change-start" || name == "change" ) document_.tracked_changes = true;
      else if (name == "hidden-text" || name == "hidden-paragraph") {
        TextProps hidden = props;
        hidden.hidden = true;
        inlines(node, hidden, link);
      } else if (name != "note" && name != "annotation-end" && name != "bookmark" && name != "soft-page-break")
        inlines(node, props, link);  // fields, meta, ruby: their text is what shows
    }
  }

  /// ODF collapses runs of XML whitespace in text to one space and drops it at
  /// the start of a line (text:s and text:tab carry deliberate spacing).
  std::string collapse_xml_space(std::string_view text) const {
    std::string out;
    bool at_line_start = lines_.empty() || lines_.back().text.empty() || lines_.back().text.back() == ' ';
    bool in_space = at_line_start;
    for (char c : text) {
      bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (space && in_space) continue;
      out += space ? ' ' : c;
      in_space = space;
    }
    return out;
  }

  void emit(std::string_view text, const TextProps& props, const std::string& link) {
    if (text.empty() || lines_.empty()) return;
    std::string normal = normalise_text(text);
    TextRun run = styled_run(props, props.font.value_or(""), 12.0, zone_, link);
    run.text = normal;
    fonts_.add(run.font, normal);
    if (!link.empty()) links_.push_back(link);
    lines_.back().text += normal;
    lines_.back().runs.push_back(std::move(run));
  }

  // ---- frames and tables --------------------------------------------------------
  void frame(const xmlNode* node) {
    double width = length_to_points(xml::attr(node, "width"));
    double height = length_to_points(xml::attr(node, "height"));
    bool floating = xml::attr(node, "anchor-type") != "as-char";
    if (auto* box = xml::child(node, "text-box")) {
      size_t index = add_object(LayoutObject::Kind::TextBox, "text box", width, height, floating);
      auto saved_part = part_;
      auto saved_zone = zone_;
      int saved_paragraph = paragraph_;
      part_ = part_.empty() ? "text box" : part_ + " text box";
      if (zone_ == Zone::Body || zone_ == Zone::TableCell) zone_ = Zone::TextBox;
      paragraph_ = text_box_paragraphs_;
      size_t first_line = document_.lines.size();
      blocks(box);
      text_box_paragraphs_ = paragraph_;
      document_.objects[index].text = lines_text(first_line);
      if (has_contact_detail(document_.objects[index].text)) document_.objects[index].description += " holding contact details";
      part_ = saved_part;
      zone_ = saved_zone;
      paragraph_ = saved_paragraph;
    } else if (xml::child(node, "image")) {
      add_object(LayoutObject::Kind::Image, "picture", width, height, floating);
    } else if (xml::child(node, "object")) {
      add_object(LayoutObject::Kind::Chart, "embedded object", width, height, floating);
    }
  }

  size_t add_object(LayoutObject::Kind kind, const std::string& what, double width, double height, bool floating) {
    LayoutObject object;
    object.kind = kind;
    object.location.paragraph = std::max(1, paragraph_);
    object.location.part = part_;
    object.floating = floating;
    if (page_width_ > 0 && page_height_ > 0 && width > 0 && height > 0)
      object.page_fraction = std::min(1.0, width * height / (page_width_ * page_height_));
    object.description = fmt::format("{} {} {:.0f}x{:.0f} pt", floating ? "floating" : "inline", what, width, height);
    document_.objects.push_back(std::move(object));
    return document_.objects.size() - 1;
  }

  void table(const xmlNode* node) {
    TableShape shape;
    shape.id = tables_++;
    Location where;
    where.paragraph = paragraph_ + 1;
    where.part = part_;
    shape.columns = 0;
    std::vector<xmlNode*> columns, rows;
    collect(node, "table-column", columns);
    for (auto* column : columns) shape.columns += count(xml::attr(column, "number-columns-repeated"), 1, 64);
    shape.columns = std::min(shape.columns, 64);
    collect(node, "table-row", rows);
    auto saved_zone = zone_;
    if (zone_ == Zone::Body) zone_ = Zone::TableCell;
    for (auto* row : rows) {
      ++shape.rows;
      int column = 0;  // a covered cell (under a span from the left or above) holds a grid column too
      for (auto* cell : xml::children(row)) {
        if (xml::is(cell, "covered-table-cell")) ++column;
        if (!xml::is(cell, "table-cell")) continue;
        for (const auto* style : chain(xml::attr(cell, "style-name")))
          if (style->cell_borders) shape.has_borders = true;
        size_t first_line = document_.lines.size();
        blocks(cell);
        add_table_cell(shape, document_.lines, first_line, column++);
      }
    }
    zone_ = saved_zone;
    document_.objects.push_back(table_object(shape, where));
  }

  /// Rows and columns may sit in header-rows / row-groups; nested tables are not followed.
  static void collect(const xmlNode* parent, std::string_view local, std::vector<xmlNode*>& out) {
    for (auto* node : xml::children(parent)) {
      if (xml::is(node, local)) out.push_back(node);
      else if (xml::name(node).starts_with("table-") && xml::name(node) != "table-cell") collect(node, local, out);
    }
  }

  std::string lines_text(size_t first_line) const {
    std::string text;
    for (size_t i = first_line; i < document_.lines.size(); ++i) {
      if (!text.empty()) text += '\n';
      text += document_.lines[i].text;
    }
    return text;
  }

  /// LibreOffice records the page count of its last layout in meta.xml.
  int page_count() {
    auto bytes = zip_.read("meta.xml");
    if (!bytes) return 1;
    XmlDocument meta(*bytes, "meta.xml");
    return count(xml::attr(xml::find(meta.root(), "document-statistic"), "page-count"), 1, 100);
  }

  void finish() {
    if (page_columns_ >= 2 && !document_.lines.empty()) add_columns(page_columns_, 1);
    int visible = 0;
    for (const auto& line : document_.lines)
      for (const auto& run : line.runs)
        if (!run.hidden)
          for (char c : run.text)
            if (!std::isspace(static_cast<unsigned char>(c)) && (static_cast<unsigned char>(c) & 0xC0) != 0x80) ++visible;
    int pages = page_count();
    for (int i = 1; i <= pages; ++i) {
      Page page;
      page.number = i;
      page.width = page_width_;
      page.height = page_height_;
      page.text_chars = visible / pages + (i == 1 ? visible % pages : 0);  // even share: no layout engine here
      document_.pages.push_back(page);
    }
    document_.pages.front().links = links_;
    document_.fonts = fonts_.fonts();
  }


  ZipArchive zip_;
  Document document_;
  std::map<std::string, OdfStyle> styles_;
  std::map<std::string, std::string> font_families_;
  std::map<std::string, std::map<int, std::string>> list_styles_;
  TextProps default_text_;
  FontTally fonts_;
  std::vector<std::string> links_;
  std::vector<Line> lines_;
  std::vector<xmlNode*> frames_;
  std::string part_;
  Zone zone_ = Zone::Body;
  int paragraph_ = 0, text_box_paragraphs_ = 0, page_columns_ = 0, tables_ = 0;
  double page_width_ = 0, page_height_ = 0;
};

}  // namespace

Document read_odt(const std::string&, std::string_view bytes) {
  OdtReader reader(bytes);
  return reader.read();
}

}  // namespace atslint
