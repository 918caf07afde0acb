// DOCX front end: WordprocessingML read into the document model, marking where
// each piece of text lives and describing every layout object an ATS may trip on.
//
// Lines: headers first, then the body in document order (table cells in cell
// order, a text box right after the paragraph that anchors it, read from
// mc:Choice or mc:Fallback, never both), then footers, footnotes and endnotes.
// Each line has its Zone and a Location of (paragraph in its part, part name:
// "" for the body, "header1.xml", "text box", "footnotes.xml"); pages are 0.
// Objects: Table, TextBox, Image, Shape (incl. SmartArt), Chart, ColumnRegion
// (sections with w:cols), HeaderFooter (one per part with text).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>

#include "linter/error.h"
#include "linter/patterns.h"
#include "linter/text_util.h"
#include "parsers/common/word_layout.h"
#include "parsers/common/xml_document.h"
#include "parsers/common/zip_archive.h"
#include "parsers/docx/docx_styles.h"
#include "parsers/frontend.h"

namespace atslint {
namespace {

using docx::RunProps;

constexpr double kEmuPerPoint = 12700.0;

struct Relationship {
  std::string type, target;
  bool external = false;
};
using Relationships = std::map<std::string, Relationship>;

std::string folder_of(const std::string& part) {
  auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string file_name(const std::string& part) {
  auto slash = part.rfind('/');
  return slash == std::string::npos ? part : part.substr(slash + 1);
}

/// Resolves "../media/x.png" against the folder of the part that refers to it.
std::string resolve_target(const std::string& base_folder, const std::string& target) {
  if (target.starts_with('/')) return target.substr(1);
  std::vector<std::string> parts;
  std::string joined = base_folder + target, segment;
  for (size_t i = 0; i <= joined.size(); ++i) {
    if (i == joined.size() || joined[i] == '/') {
      if (segment == "..") { if (!parts.empty()) parts.pop_back(); }
      else if (!segment.empty() && segment != ".") parts.push_back(segment);
      segment.clear();
    } else {
      segment += joined[i];
    }
  }
  return join(parts, "/");
}

double to_double(std::string_view text) {
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

/// A count from an attribute, clamped so hostile values cannot overflow or loop for long.
int to_count(std::string_view text, int low, int high) {
  double value = to_double(text);
  if (!(value >= low)) return low;  // also catches NaN
  return value > high ? high : static_cast<int>(value);
}

/// HYPERLINK "https://x" \o "tip"  ->  https://x
std::string hyperlink_from_instruction(std::string_view instruction) {
  auto trimmed = trim(instruction);
  if (!starts_with_icase(trimmed, "HYPERLINK")) return {};
  auto open = trimmed.find('"');
  if (open == std::string_view::npos) {
    auto rest = trim(trimmed.substr(9));
    return std::string(rest.substr(0, rest.find(' ')));
  }
  auto close = trimmed.find('"', open + 1);
  return std::string(trimmed.substr(open + 1, close == std::string_view::npos ? close : close - open - 1));
}

struct Field {
  std::string instruction;
  bool result = false;  ///< past w:fldChar separate
  std::string link;
};

/// What the runs of one paragraph inherit.
struct InlineContext {
  RunProps base;
  std::string link;
};

/// A text box met inside a paragraph, read once the paragraph's own text is out.
struct PendingBox {
  xmlNode* content = nullptr;
  size_t object = 0;
};

class DocxReader {
 public:
  explicit DocxReader(std::string_view bytes) : zip_(bytes) {}

  Document read() {
    auto main_part = main_document_part();
    load_package(main_part);
    auto xml = load_xml(main_part);
    if (!xml) throw AtsError("bad-docx", "the DOCX has no main document part: re-save it from your word processor");
    auto* body = xml::child(xml->root(), "body");
    if (!body) throw AtsError("bad-docx", "the DOCX main document has no body: re-save it");
    collect_sections(body);
    read_header_footer_parts("headerReference", Zone::Header);
    begin_part("", Zone::Body, main_rels_);
    section_start_line_ = document_.lines.size();
    section_start_paragraph_ = 1;
    blocks(body);
    finish_section(xml::child(body, "sectPr"));
    read_header_footer_parts("footerReference", Zone::Footer);
    read_notes("footnotes", "word/footnotes.xml");
    read_notes("endnotes", "word/endnotes.xml");
    finish_document();
    return std::move(document_);
  }

 private:
  // ---- package -------------------------------------------------------------
  std::unique_ptr<XmlDocument> load_xml(const std::string& part) {
    auto bytes = zip_.read(part);
    if (!bytes) return nullptr;
    return std::make_unique<XmlDocument>(*bytes, part);
  }

  Relationships load_rels(const std::string& part) {
    Relationships rels;
    auto xml = load_xml(folder_of(part) + "_rels/" + file_name(part) + ".rels");
    if (!xml) return rels;
    for (auto* node : xml::children(xml->root(), "Relationship")) {
      Relationship rel;
      rel.type = xml::attr(node, "Type");
      rel.external = xml::attr(node, "TargetMode") == "External";
      auto target = xml::attr(node, "Target");
      rel.target = rel.external ? target : resolve_target(folder_of(part), target);
      rels[xml::attr(node, "Id")] = rel;
    }
    return rels;
  }

  std::string main_document_part() {
    for (const auto& [id, rel] : load_rels("")) {
      (void)id;
      if (rel.type.ends_with("/officeDocument") && zip_.has(rel.target)) return rel.target;
    }
    return "word/document.xml";
  }

  /// The part a relationship of `type` points at, or `fallback`.
  std::string part_of_type(const std::string& type, const std::string& fallback) const {
    for (const auto& [id, rel] : main_rels_) {
      (void)id;
      if (rel.type.ends_with("/" + type)) return rel.target;
    }
    return fallback;
  }

  void load_package(const std::string& main_part) {
    // Relationships of the main part decide where styles and numbering live.
    main_rels_ = load_rels(main_part);
    if (auto xml = load_xml(part_of_type("theme", "word/theme/theme1.xml"))) theme_.load(xml->root());
    if (auto xml = load_xml(part_of_type("styles", "word/styles.xml"))) styles_.load(xml->root());
    if (auto xml = load_xml(part_of_type("numbering", "word/numbering.xml"))) numbering_.load(xml->root());
    if (auto xml = load_xml(part_of_type("comments", "word/comments.xml"))) {
      std::vector<xmlNode*> comments;
      xml::find_all(xml->root(), "comment", comments);
      if (xml::is(xml->root(), "comment")) comments.push_back(xml->root());
      document_.comments = static_cast<int>(comments.size());
    }
    // Word stores the page count it last laid out; python-docx copies a template's
    // stale "1 page, 0 words", so the count is trusted only beside a word count.
    if (auto xml = load_xml("docProps/app.xml")) {
      auto* pages = xml::child(xml->root(), "Pages");
      auto* words = xml::child(xml->root(), "Words");
      if (pages && words && to_double(xml::text(words)) > 0) page_count_ = to_count(xml::text(pages), 0, 1000);
    }
  }

  // ---- sections, page size, headers and footers ------------------------------
  void collect_sections(xmlNode* body) {
    for (auto* node : xml::children(body)) {
      if (xml::is(node, "sectPr")) sections_.push_back(node);
      else if (xml::is(node, "p"))
        if (auto* sect = xml::child(xml::child(node, "pPr"), "sectPr")) sections_.push_back(sect);
    }
    if (!sections_.empty()) read_page_geometry(sections_.front());
  }

  void read_page_geometry(const xmlNode* sectPr) {
    if (auto* size = xml::child(sectPr, "pgSz")) {
      page_width_ = to_double(xml::attr(size, "w")) / 20.0;
      page_height_ = to_double(xml::attr(size, "h")) / 20.0;
    }
    if (auto* margins = xml::child(sectPr, "pgMar")) {
      margin_left_ = to_double(xml::attr(margins, "left")) / 20.0;
      margin_right_ = to_double(xml::attr(margins, "right")) / 20.0;
    }
  }

  void read_header_footer_parts(const char* reference, Zone zone) {
    for (auto* sectPr : sections_) {
      for (auto* ref : xml::children(sectPr, reference)) {
        auto rel = main_rels_.find(xml::attr(ref, "id"));
        if (rel == main_rels_.end() || !header_parts_.insert(rel->second.target).second) continue;
        read_header_footer(rel->second.target, zone);
      }
    }
  }

  void read_header_footer(const std::string& part, Zone zone) {
    auto xml = load_xml(part);
    if (!xml) return;
    size_t first_line = document_.lines.size(), first_object = document_.objects.size();
    auto rels = load_rels(part);
    begin_part(file_name(part), zone, rels);
    blocks(xml->root());
    LayoutObject object;
    object.kind = LayoutObject::Kind::HeaderFooter;
    object.location.part = file_name(part);
    object.location.paragraph = 1;
    object.text = lines_text(first_line);
    if (trim(object.text).empty() && document_.objects.size() == first_object) return;
    object.description = fmt::format("page {} ({})", zone == Zone::Header ? "header" : "footer", file_name(part));
    document_.objects.push_back(std::move(object));
  }

  /// Footnotes and endnotes, after the body; Word's separator "notes" hold no text.
  void read_notes(const std::string& type, const std::string& fallback) {
    auto part = part_of_type(type, fallback);
    auto xml = load_xml(part);
    if (!xml) return;
    auto rels = load_rels(part);
    begin_part(file_name(part), Zone::Footnote, rels);
    for (auto* note : xml::children(xml->root())) {
      auto type_attr = xml::attr(note, "type");
      if (type_attr == "separator" || type_attr == "continuationSeparator" || type_attr == "continuationNotice")
        continue;
      blocks(note);
    }
  }

  void begin_part(const std::string& display, Zone zone, const Relationships& rels) {
    part_name_ = display;
    zone_ = zone;
    paragraph_ = 0;
    rels_ = &rels;
    fields_.clear();
  }

  // ---- block level ------------------------------------------------------------
  void blocks(const xmlNode* parent) {
    for (auto* node : xml::children(parent)) block(node);
  }

  void block(xmlNode* node) {
    auto name = xml::name(node);
    if (name == "p") paragraph(node);
    else if (name == "tbl") table(node);
    else if (name == "sdt") blocks(xml::child(node, "sdtContent"));
    else if (name == "customXml" || name == "ins" || name == "moveTo" || name == "smartTag") {
      if (name == "ins" || name == "moveTo") document_.tracked_changes = true;
      blocks(node);
    } else if (name == "del" || name == "moveFrom") document_.tracked_changes = true;
    else if (name == "AlternateContent") {
      if (auto* branch = alternate_branch(node)) blocks(branch);
    }
  }

  /// mc:AlternateContent: the first Choice, else the Fallback — never both, so no text is doubled.
  static xmlNode* alternate_branch(const xmlNode* node) {
    if (auto* choice = xml::child(node, "Choice")) return choice;
    return xml::child(node, "Fallback");
  }

  // ---- paragraphs -----------------------------------------------------------
  void paragraph(xmlNode* p) {
    ++paragraph_;
    auto* pPr = xml::child(p, "pPr");
    std::string style = styles_.default_paragraph();
    if (auto* pStyle = xml::child(pPr, "pStyle")) style = xml::attr(pStyle, "val");
    int heading = styles_.heading_level(style);
    if (auto* outline = xml::child(pPr, "outlineLvl")) {
      int level = to_count(xml::attr(outline, "val"), 0, 9);
      heading = level < 9 ? level + 1 : 0;
    }
    auto numbering = docx::parse_num_pr(xml::child(pPr, "numPr"));
    if (numbering.num_id.empty()) numbering = styles_.numbering(style);
    if (xml::child(xml::child(pPr, "rPr"), "ins") || xml::child(pPr, "pPrChange")) document_.tracked_changes = true;

    InlineContext context{styles_.run_props(style), {}};
    lines_.assign(1, Line{});
    lines_.back().column = current_column();
    std::vector<PendingBox> boxes;
    pending_boxes_ = &boxes;
    inlines(p, context);
    pending_boxes_ = nullptr;

    if (holds_drop_cap(pPr)) {
      pending_drop_cap_ = std::move(lines_.front());
      lines_.clear();
      return;
    }
    if (runs_into_next(pPr)) {
      pending_run_in_ = std::move(lines_.front());
      lines_.clear();
      return;
    }
    bool first = true;
    std::optional<std::string> marker;
    size_t paragraph_start = document_.lines.size();
    for (auto& line : lines_) {
      if (trim(line.text).empty()) continue;
      if (pending_drop_cap_) prepend_drop_cap(line);
      if (pending_run_in_ && first) prepend_run_in(line);
      line.location = here();
      line.zone = zone_;
      line.block_start = first;
      if (first) {
        line.heading = heading > 0;
        line.heading_level = heading;
        marker = numbering_.next_marker(numbering);
        line.list_item = marker.has_value();
        if (marker) line.list_marker = *marker;
      }
      first = false;
      for (auto& run : line.runs) run.location = line.location;
      document_.lines.push_back(std::move(line));
    }
    lines_.clear();
    for (const auto& box : boxes) {
      size_t box_start = document_.lines.size();
      read_text_box(box);
      // A heading drawn in a floating shape anchored in its section's first paragraph ("EXPERIENCIA LABORAL" in a
      // navy box): one short line in capitals or bold, no figures, read before the paragraph it is anchored in.
      const Line* only = document_.lines.size() == box_start + 1 ? &document_.lines[box_start] : nullptr;
      bool set_as_heading = only && (is_upper_case_text(only->text) ||
                                     std::all_of(only->runs.begin(), only->runs.end(), [](const TextRun& run) { return run.bold; }));
      bool heading_shape = document_.objects[box.object].floating && set_as_heading && count_words(only->text) <= 5 &&
                           digits_of(only->text).empty();
      if (heading_shape && paragraph_start < box_start) {
        std::rotate(document_.lines.begin() + static_cast<std::ptrdiff_t>(paragraph_start),
                    document_.lines.begin() + static_cast<std::ptrdiff_t>(box_start), document_.lines.end());
        ++paragraph_start;
      }
    }
    if (zone_ == Zone::Body) finish_section(xml::child(pPr, "sectPr"));
  }

  /// Word's drop cap ("E" / "xperienced …"): a framed paragraph of one large letter that opens the next paragraph's
  /// first word.
  bool holds_drop_cap(xmlNode* pPr) const {
    auto cap = xml::attr(xml::child(pPr, "framePr"), "dropCap");
    if (cap != "drop" && cap != "margin") return false;
    auto text = trim(lines_.front().text);
    return lines_.size() == 1 && !text.empty() && text.size() <= 4 && text.find(' ') == std::string_view::npos;
  }

  void prepend_drop_cap(Line& line) {
    auto cap = std::move(*pending_drop_cap_);
    pending_drop_cap_.reset();
    line.text = std::string(trim(cap.text)) + line.text;  // "A" + " dedicated …" keeps its space, "E" + "xperienced" none
    line.runs.insert(line.runs.begin(), cap.runs.begin(), cap.runs.end());
  }

  /// Word's style separator: a heading whose paragraph mark is hidden (w:specVanish) runs in on the next paragraph's
  /// line ("Projektleiter Elektrotechnik – Elektro Brandl GmbH …   04/2019 – heute"), one line, no heading of its own.
  bool runs_into_next(xmlNode* pPr) const {
    auto* mark = xml::child(xml::child(pPr, "rPr"), "specVanish");
    auto value = xml::attr(mark, "val");
    return mark && value != "0" && value != "false" && lines_.size() == 1 && !trim(lines_.front().text).empty();
  }

  void prepend_run_in(Line& line) {
    auto head = std::move(*pending_run_in_);
    pending_run_in_.reset();
    auto text = std::string(trim(head.text));
    line.text = text + (line.text.starts_with(' ') ? "" : " ") + line.text;
    line.runs.insert(line.runs.begin(), head.runs.begin(), head.runs.end());
  }

  Location here() const {
    Location location;
    location.paragraph = paragraph_;
    location.part = part_name_;
    return location;
  }

  void inlines(const xmlNode* parent, const InlineContext& context) {
    for (auto* node : xml::children(parent)) {
      auto name = xml::name(node);
      if (name == "r") run(node, context);
      else if (name == "hyperlink") {
        InlineContext linked = context;
        auto rel = rels_->find(xml::attr(node, "id"));
        if (rel != rels_->end()) linked.link = rel->second.target;
        inlines(node, linked);
      } else if (name == "ins" || name == "moveTo") {
        document_.tracked_changes = true;
        inlines(node, context);
      } else if (name == "del" || name == "moveFrom") {
        document_.tracked_changes = true;  // deleted text is dropped, but many ATS still read it
      } else if (name == "sdt") {
        inlines(xml::child(node, "sdtContent"), context);
      } else if (name == "smartTag" || name == "customXml" || name == "dir" || name == "bdo") {
        inlines(node, context);
      } else if (name == "fldSimple") {
        InlineContext linked = context;
        if (auto url = hyperlink_from_instruction(xml::attr(node, "instr")); !url.empty()) linked.link = url;
        inlines(node, linked);
      } else if (name == "AlternateContent") {
        if (auto* branch = alternate_branch(node)) inlines(branch, context);
      }
    }
  }

  // ---- runs -----------------------------------------------------------------
  void run(const xmlNode* r, const InlineContext& context) {
    auto* rPr = xml::child(r, "rPr");
    RunProps props = context.base;
    if (auto* rStyle = xml::child(rPr, "rStyle")) props.merge(styles_.run_props(xml::attr(rStyle, "val")));
    props.merge(docx::parse_run_props(rPr));
    if (xml::child(rPr, "rPrChange")) document_.tracked_changes = true;
    std::string link = context.link;
    for (auto it = fields_.rbegin(); link.empty() && it != fields_.rend(); ++it)
      if (it->result && !it->link.empty()) link = it->link;
    run_content(r, props, link);
  }

  void run_content(const xmlNode* r, const RunProps& props, const std::string& link) {
    for (auto* node : xml::children(r)) {
      auto name = xml::name(node);
      if (name == "t") emit(xml::text(node), props, link);
      else if (name == "tab" || name == "ptab") emit("\t", props, link);
      else if (name == "br" || name == "cr") line_break(node);
      else if (name == "noBreakHyphen") emit("-", props, link);
      else if (name == "sym") symbol(node, props, link);
      else if (name == "fldChar") field_char(node);
      else if (name == "instrText" && !fields_.empty() && !fields_.back().result)
        fields_.back().instruction += xml::text(node);
      else if (name == "drawing") drawing(node);
      else if (name == "pict" || name == "object") vml(node);
      else if (name == "AlternateContent") {
        if (auto* branch = alternate_branch(node)) run_content(branch, props, link);
      }
    }
  }

  void line_break(const xmlNode* node) {
    if (xml::attr(node, "type") == "column" && zone_ == Zone::Body) ++column_breaks_;
    lines_.emplace_back();
    lines_.back().column = current_column();
  }

  /// Tentative column of body text (settled in finish_section); page furniture has none.
  int current_column() const {
    bool page_furniture = zone_ == Zone::Header || zone_ == Zone::Footer || zone_ == Zone::Footnote;
    return page_furniture ? 0 : column_breaks_ + 1;
  }

  void field_char(const xmlNode* node) {
    auto type = xml::attr(node, "fldCharType");
    if (type == "begin") fields_.emplace_back();
    else if (type == "separate" && !fields_.empty()) {
      fields_.back().result = true;
      fields_.back().link = hyperlink_from_instruction(fields_.back().instruction);
    } else if (type == "end" && !fields_.empty()) fields_.pop_back();
  }

  void symbol(const xmlNode* node, RunProps props, const std::string& link) {
    uint32_t code = 0;
    auto value = xml::attr(node, "char");
    std::from_chars(value.data(), value.data() + value.size(), code, 16);
    auto font = xml::attr(node, "font");
    if (code == 0) return;
    // Bullets and separators typed from a symbol font read as their Unicode glyph
    // in the surrounding font; pictograms keep their F0xx private-use code and
    // their font so icon-font sees them.
    if (auto glyph = symbol_font_glyph(font, code)) {
      emit(*glyph, props, link);
      return;
    }
    if (code < 0x100 && is_symbol_font(font)) code += 0xF000;
    if (!font.empty()) {
      props.font = font;
      props.font_theme.reset();
    }
    std::string text;
    append_utf8(text, code);
    emit(text, props, link);
  }

  std::string font_name(const RunProps& props) const {
    if (props.font_theme) {
      auto themed = theme_.resolve(*props.font_theme);
      if (!themed.empty()) return themed;
    }
    return props.font.value_or("");
  }

  void emit(std::string_view text, const RunProps& props, const std::string& link) {
    if (text.empty() || lines_.empty()) return;
    Line& line = lines_.back();
    TextRun candidate = styled_run(props, font_name(props), 10.0, zone_, link);
    std::string normal = normalise_text(text);
    fonts_.add(candidate.font, normal);
    if (!link.empty() && (links_.empty() || links_.back() != link)) links_.push_back(link);
    if (!line.runs.empty() && same_look(line.runs.back(), candidate)) {
      line.runs.back().text += normal;
    } else {
      candidate.text = normal;
      line.runs.push_back(std::move(candidate));
    }
    line.text += normal;
  }

  static bool same_look(const TextRun& a, const TextRun& b) {
    return a.font == b.font && a.size == b.size && a.bold == b.bold && a.italic == b.italic && a.color == b.color &&
           a.hidden == b.hidden && a.link == b.link;
  }

  // ---- drawings, text boxes, VML ------------------------------------------------
  void drawing(const xmlNode* node) {
    xmlNode* frame = xml::child(node, "anchor");
    bool floating = frame != nullptr;
    if (!frame) frame = xml::child(node, "inline");
    if (!frame) return;
    double width = 0, height = 0;
    if (auto* extent = xml::child(frame, "extent")) {
      width = to_double(xml::attr(extent, "cx")) / kEmuPerPoint;
      height = to_double(xml::attr(extent, "cy")) / kEmuPerPoint;
    }
    auto* data = xml::find(frame, "graphicData");
    if (!data) return;
    auto uri = xml::attr(data, "uri");
    // Text boxes first: a group may hold several, each with its own text.
    std::vector<xmlNode*> boxes;
    xml::find_all(data, "txbxContent", boxes);
    for (auto* content : boxes) queue_text_box(content, width, height, floating);
    if (!boxes.empty()) return;
    if (xml::find(data, "pic") || xml::is(xml::child(data, "pic"), "pic")) {
      add_object(LayoutObject::Kind::Image, "picture", width, height, floating);
    } else if (uri.find("/chart") != std::string::npos || xml::find(data, "chart")) {
      add_object(LayoutObject::Kind::Chart, "chart", width, height, floating);
    } else if (uri.find("/diagram") != std::string::npos || xml::find(data, "relIds")) {
      size_t index = add_object(LayoutObject::Kind::Shape, "SmartArt diagram", width, height, floating);
      document_.objects[index].text = smart_art_text(xml::find(data, "relIds"));
    } else {
      add_object(LayoutObject::Kind::Shape, "shape", width, height, floating);
    }
  }

  /// SmartArt keeps its words in a separate data part that most ATS never open.
  std::string smart_art_text(const xmlNode* ids) {
    auto rel = rels_->find(xml::attr(ids, "dm"));
    if (rel == rels_->end()) return {};
    auto xml = load_xml(rel->second.target);
    if (!xml) return {};
    std::vector<xmlNode*> texts;
    xml::find_all(xml->root(), "t", texts);
    std::string out;
    for (auto* t : texts) {
      if (!xml::ns(t).ends_with("drawingml/2006/main")) continue;  // dgm:t wraps the a:t runs
      auto piece = trim(xml::text(t));
      if (piece.empty()) continue;
      if (!out.empty()) out += '\n';
      out += normalise_text(piece);
    }
    return out;
  }

  void vml(const xmlNode* node) {
    std::vector<xmlNode*> boxes;
    xml::find_all(node, "txbxContent", boxes);
    for (auto* content : boxes) {
      auto [width, height] = vml_size(content->parent ? content->parent->parent : nullptr);
      queue_text_box(content, width, height, true);
    }
    if (!boxes.empty()) return;
    if (auto* image = xml::find(node, "imagedata")) {
      auto [width, height] = vml_size(image->parent);
      bool floating = vml_style(image->parent, "position") == "absolute";
      add_object(LayoutObject::Kind::Image, "picture", width, height, floating);
    }
  }

  static std::string vml_style(const xmlNode* shape, std::string_view key) {
    auto style = xml::attr(shape, "style");
    for (auto declaration : split_on(style, ';')) {
      auto colon = declaration.find(':');
      if (colon != std::string::npos && trim(std::string_view(declaration).substr(0, colon)) == key)
        return std::string(trim(std::string_view(declaration).substr(colon + 1)));
    }
    return {};
  }

  static std::vector<std::string> split_on(const std::string& text, char separator) {
    std::vector<std::string> out(1);
    for (char c : text) {
      if (c == separator) out.emplace_back();
      else out.back() += c;
    }
    return out;
  }

  static std::pair<double, double> vml_size(const xmlNode* shape) {
    return {length_to_points(vml_style(shape, "width")), length_to_points(vml_style(shape, "height"))};
  }

  size_t add_object(LayoutObject::Kind kind, const std::string& what, double width, double height, bool floating) {
    LayoutObject object;
    object.kind = kind;
    object.location = here();
    object.floating = floating;
    if (page_width_ > 0 && page_height_ > 0 && width > 0 && height > 0)
      object.page_fraction = std::min(1.0, width * height / (page_width_ * page_height_));
    object.description = width > 0 ? fmt::format("{} {}{:.0f}x{:.0f} pt", floating ? "floating" : "inline",
                                                  what + " ", width, height)
                                    : fmt::format("{} {}", floating ? "floating" : "inline", what);
    document_.objects.push_back(std::move(object));
    return document_.objects.size() - 1;
  }

  void queue_text_box(xmlNode* content, double width, double height, bool floating) {
    size_t index = add_object(LayoutObject::Kind::TextBox, "text box", width, height, floating);
    if (pending_boxes_) pending_boxes_->push_back({content, index});
  }

  void read_text_box(const PendingBox& box) {
    // Text-box paragraphs are numbered in their own "text box" part; in a header
    // or footer they keep that zone, which is what an ATS skips.
    auto saved_part = part_name_;
    auto saved_zone = zone_;
    int saved_paragraph = paragraph_;
    part_name_ = part_name_.empty() ? "text box" : part_name_ + " text box";
    if (zone_ == Zone::Body || zone_ == Zone::TableCell) zone_ = Zone::TextBox;
    paragraph_ = text_box_paragraphs_;
    size_t first_line = document_.lines.size();
    blocks(box.content);
    text_box_paragraphs_ = paragraph_;
    auto& object = document_.objects[box.object];
    object.text = lines_text(first_line);
    if (has_contact_detail(object.text)) object.description += " holding contact details";
    part_name_ = saved_part;
    zone_ = saved_zone;
    paragraph_ = saved_paragraph;
  }

  std::string lines_text(size_t first_line) const {
    std::string text;
    for (size_t i = first_line; i < document_.lines.size(); ++i) {
      if (!text.empty()) text += '\n';
      text += document_.lines[i].text;
    }
    return text;
  }

  // ---- tables -----------------------------------------------------------------
  void table(const xmlNode* tbl) {
    TableShape shape;
    shape.id = tables_++;
    Location where = here();
    where.paragraph = paragraph_ + 1;
    auto* tblPr = xml::child(tbl, "tblPr");
    std::string style = styles_.default_table();
    if (auto* tblStyle = xml::child(tblPr, "tblStyle")) style = xml::attr(tblStyle, "val");
    shape.has_borders = border_visible(xml::child(tblPr, "tblBorders"));
    if (!xml::child(tblPr, "tblBorders")) shape.has_borders = styles_.table_borders(style);
    if (auto* grid = xml::child(tbl, "tblGrid")) shape.columns = static_cast<int>(xml::children(grid, "gridCol").size());
    auto saved_zone = zone_;
    if (zone_ == Zone::Body) zone_ = Zone::TableCell;
    for (auto* row : rows_of(tbl)) {
      ++shape.rows;
      // Rows may start right of the grid's first column (w:gridBefore).
      int columns = to_count(xml::attr(xml::child(xml::child(row, "trPr"), "gridBefore"), "val"), 0, 64);
      std::vector<size_t> cell_starts;
      for (auto* cell : cells_of(row)) {
        auto* tcPr = xml::child(cell, "tcPr");
        auto* span = xml::child(tcPr, "gridSpan");
        if (border_visible(xml::child(tcPr, "tcBorders"))) shape.has_borders = true;
        size_t first_line = document_.lines.size();
        cell_starts.push_back(first_line);
        blocks(cell);
        add_table_cell(shape, document_.lines, first_line, columns);
        columns += span ? to_count(xml::attr(span, "val"), 1, 64) : 1;
      }
      if (cell_starts.size() == 2) set_date_cell_beside(document_.lines, cell_starts[0], cell_starts[1]);
      shape.columns = std::max(shape.columns, columns);
    }
    zone_ = saved_zone;
    document_.objects.push_back(table_object(shape, where));
    document_.objects.back().floating = xml::child(tblPr, "tblpPr") != nullptr;  // positioned table
  }

  static bool border_visible(const xmlNode* borders) {
    for (auto* edge : xml::children(borders)) {
      auto value = xml::attr(edge, "val");
      if (!value.empty() && value != "nil" && value != "none") return true;
    }
    return false;
  }

  /// Rows and cells may sit inside content controls or custom XML.
  static std::vector<xmlNode*> wrapped(const xmlNode* parent, std::string_view local) {
    std::vector<xmlNode*> out;
    for (auto* node : xml::children(parent)) {
      if (xml::is(node, local)) out.push_back(node);
      else if (xml::is(node, "sdt")) {
        auto inner = wrapped(xml::child(node, "sdtContent"), local);
        out.insert(out.end(), inner.begin(), inner.end());
      } else if (xml::is(node, "customXml")) {
        auto inner = wrapped(node, local);
        out.insert(out.end(), inner.begin(), inner.end());
      }
    }
    return out;
  }
  static std::vector<xmlNode*> rows_of(const xmlNode* tbl) { return wrapped(tbl, "tr"); }
  static std::vector<xmlNode*> cells_of(const xmlNode* tr) { return wrapped(tr, "tc"); }

  // ---- sections ---------------------------------------------------------------
  /// Called when a paragraph carries a section break and for the body's last section.
  void finish_section(const xmlNode* sectPr) {
    if (!sectPr) return;
    auto* cols = xml::child(sectPr, "cols");
    int count = to_count(xml::attr(cols, "num"), 0, 45);  // Word allows at most 45 columns
    auto explicit_columns = xml::children(cols, "col");
    if (count < 2 && explicit_columns.size() >= 2) count = static_cast<int>(std::min<size_t>(explicit_columns.size(), 45));
    bool has_text = document_.lines.size() > section_start_line_;
    if (count >= 2 && has_text) add_column_region(cols, count);
    // Column indexes are known only where the author broke columns by hand;
    // where Word flows the text, the split is unknown and the lines stay 0.
    bool columns_known = count >= 2 && column_breaks_ > 0;
    for (size_t i = section_start_line_; i < document_.lines.size(); ++i)
      document_.lines[i].column = columns_known ? std::min(document_.lines[i].column, count) : 0;
    column_breaks_ = 0;
    section_start_line_ = document_.lines.size();
    section_start_paragraph_ = paragraph_ + 1;
  }

  void add_column_region(const xmlNode* cols, int count) {
    LayoutObject region;
    region.kind = LayoutObject::Kind::ColumnRegion;
    region.location.paragraph = section_start_paragraph_;
    region.description = fmt::format("{} newspaper columns", count);
    double space = xml::has_attr(cols, "space") ? to_double(xml::attr(cols, "space")) / 20.0 : 36.0;
    double usable = page_width_ - margin_left_ - margin_right_;
    if (usable > 0) {
      double width = (usable - space * (count - 1)) / count;
      for (int i = 0; i < count; ++i) {
        double x0 = margin_left_ + i * (width + space);
        region.column_ranges.emplace_back(x0, x0 + width);
      }
    }
    document_.objects.push_back(std::move(region));
  }

  /// Without Word's own count: about 50 lines or 3,500 characters of body text fill a page.
  int estimated_pages() const {
    size_t chars = 0, lines = 0;
    for (const auto& line : document_.lines) {
      if (line.zone == Zone::Header || line.zone == Zone::Footer) continue;
      ++lines;
      chars += line.text.size();
    }
    return static_cast<int>(std::max((chars + 3499) / 3500, (lines + 49) / 50));
  }

  void finish_document() {
    int pages = std::clamp(page_count_ > 0 ? page_count_ : estimated_pages(), 1, 100);
    for (int i = 1; i <= pages; ++i) {
      Page page;
      page.number = i;
      page.width = page_width_;
      page.height = page_height_;
      document_.pages.push_back(page);
    }
    int visible = 0;
    for (const auto& line : document_.lines)
      for (const auto& run : line.runs)
        if (!run.hidden)
          for (char c : run.text)
            if (!std::isspace(static_cast<unsigned char>(c)) && (static_cast<unsigned char>(c) & 0xC0) != 0x80)
              ++visible;
    // Without a layout engine the split over pages is unknown; an even share keeps
    // per-page checks (no text on page N) from mistaking page 2 for a scan.
    for (auto& page : document_.pages) page.text_chars = visible / pages;
    document_.pages.front().text_chars += visible % pages;
    document_.pages.front().links = links_;
    document_.fonts = fonts_.fonts();
  }

  ZipArchive zip_;
  Document document_;
  docx::Styles styles_;
  docx::Numbering numbering_;
  docx::Theme theme_;
  Relationships main_rels_;
  const Relationships* rels_ = nullptr;
  FontTally fonts_;
  std::vector<std::string> links_;
  std::vector<xmlNode*> sections_;
  std::set<std::string> header_parts_;
  std::vector<Field> fields_;
  std::vector<Line> lines_;  ///< lines of the paragraph being read
  std::optional<Line> pending_drop_cap_;  ///< a drop cap's letter, waiting for the paragraph it opens
  std::optional<Line> pending_run_in_;    ///< a run-in heading, waiting for the paragraph it runs into
  std::vector<PendingBox>* pending_boxes_ = nullptr;
  std::string part_name_;
  Zone zone_ = Zone::Body;
  int paragraph_ = 0, text_box_paragraphs_ = 0, page_count_ = 0, tables_ = 0;
  size_t section_start_line_ = 0;
  int column_breaks_ = 0;  ///< w:br type="column" seen in the current section
  int section_start_paragraph_ = 1;
  double page_width_ = 612, page_height_ = 792, margin_left_ = 72, margin_right_ = 72;
};

}  // namespace

Document read_docx(const std::string&, std::string_view bytes) {
  DocxReader reader(bytes);
  return reader.read();
}

}  // namespace atslint
