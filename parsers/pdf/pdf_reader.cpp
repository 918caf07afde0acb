// The PDF front end: Poppler reads the file, GlyphCollector records what each
// page draws, build_lines groups it; the rest fills the document model.
#include <Annot.h>
#include <Error.h>
#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <Link.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

#include "linter/error.h"
#include "linter/layout/layout.h"
#include "parsers/frontend.h"
#include "parsers/pdf/glyph_collector.h"
#include "parsers/pdf/page_content.h"

namespace atslint {
namespace {

using pdf::PageContent;

constexpr int kMaxPages = 1000;  // a resume is 1-3 pages; bound hostile page trees
constexpr double kMaxSecondsPerPage = 3.0;
constexpr double kMaxSecondsPerDocument = 20.0;

void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    setErrorCallback([](ErrorCategory, Goffset, const char*) {});
    globalParams = std::make_unique<GlobalParams>();
    globalParams->setErrQuiet(true);
    // Tearing Poppler's tables down costs more than the rest of a short run;
    // the process is ending anyway, so let the OS reclaim them.
    std::atexit([] { (void)globalParams.release(); });
  });
}

// Poppler rebuilds a cut-off file's xref and reads what is left, which would
// silently lint half a resume; a missing end marker means the file is cut.
bool looks_truncated(std::string_view bytes) {
  std::string_view tail = bytes.substr(bytes.size() > 2048 ? bytes.size() - 2048 : 0);
  return tail.find("%%EOF") == std::string_view::npos;
}

std::unique_ptr<PDFDoc> open_pdf(std::string_view bytes) {
  if (looks_truncated(bytes))
    throw AtsError("truncated", "truncated PDF: the file is incomplete; download or export it again");
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  auto doc = std::make_unique<PDFDoc>(stream);
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted)
      throw AtsError("encrypted", "password-protected: remove the password and export again");
    throw AtsError("broken-pdf", "damaged PDF that cannot be read: export it again from the original document");
  }
  if (doc->getNumPages() <= 0)
    throw AtsError("broken-pdf", "PDF without pages: export it again from the original document");
  return doc;
}

struct PageDeadline {
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  const PageContent* page = nullptr;
  static bool expired(void* data) {
    auto* self = static_cast<PageDeadline*>(data);
    auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - self->start).count();
    return self->page->truncated || elapsed > kMaxSecondsPerPage;
  }
};

void read_links(PDFDoc& doc, int number, const pdf::GlyphCollector& collector, PageContent& content) {
  auto links = doc.getLinks(number);
  if (!links) return;
  for (AnnotLink* link : links->getLinks()) {
    LinkAction* action = link ? link->getAction() : nullptr;
    if (!action || action->getKind() != actionURI) continue;
    double x1, y1, x2, y2, ax, ay, bx, by;
    link->getRect(&x1, &y1, &x2, &y2);
    collector.to_page(x1, y1, ax, ay);
    collector.to_page(x2, y2, bx, by);
    content.links.push_back({Box{std::min(ax, bx), std::min(ay, by), std::max(ax, bx), std::max(ay, by)},
                             static_cast<LinkURI*>(action)->getURI()});
  }
}

PageContent read_page(PDFDoc& doc, int number, pdf::GlyphCollector& collector) {
  PageContent content;
  ::Page* page = doc.getPage(number);
  if (!page) return content;
  content.rotation = ((doc.getPageRotate(number) % 360) + 360) % 360;
  bool sideways = content.rotation == 90 || content.rotation == 270;
  content.width = sideways ? page->getCropHeight() : page->getCropWidth();
  content.height = sideways ? page->getCropWidth() : page->getCropHeight();
  collector.begin(content);
  PageDeadline deadline;
  deadline.page = &content;
  // A fillable form's answers live in its fields' widgets, drawn over the page as pdftotext reads them; comments,
  // stamps and other annotations stay out of the text.
  auto form_fields_only = [](Annot* annot, void*) { return annot && annot->getType() == Annot::typeWidget; };
  doc.displayPage(&collector, number, 72, 72, 0, false, true, false, &PageDeadline::expired, &deadline,
                  form_fields_only, nullptr);
  read_links(doc, number, collector, content);
  return content;
}

double overlap_area(const Box& a, const Box& b) {
  double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

void add_images(const PageContent& content, int number, Document& document) {
  Box page_box{0, 0, content.width, content.height};
  double page_area = std::max(page_box.area(), 1.0);
  for (const Box& image : content.images) {
    double visible = overlap_area(image, page_box);
    if (visible < 4) continue;  // off the page or a hairline
    LayoutObject object;
    object.kind = LayoutObject::Kind::Image;
    object.location.page = number;
    object.location.box = Box{std::max(image.x0, 0.0), std::max(image.y0, 0.0),
                              std::min(image.x1, content.width), std::min(image.y1, content.height)};
    object.page_fraction = visible / page_area;
    object.description = fmt::format("image {:.0f}x{:.0f} pt", object.location.box->width(),
                                      object.location.box->height());
    document.objects.push_back(std::move(object));
  }
}

// Large coloured panels (sidebars, header bands) as Shape objects; white
// fills are page background and stay out.
void add_panels(const PageContent& content, int number, Document& document) {
  double page_area = std::max(content.width * content.height, 1.0);
  for (const auto& path : content.paths) {
    if (!path.filled || path.color == 0xFFFFFF || path.box.area() < 0.03 * page_area) continue;
    LayoutObject object;
    object.kind = LayoutObject::Kind::Shape;
    object.location.page = number;
    object.location.box = path.box;
    object.page_fraction = std::min(path.box.area() / page_area, 1.0);
    object.description = fmt::format("filled panel {:.0f}x{:.0f} pt, colour #{:06X}", path.box.width(),
                                      path.box.height(), path.color);
    document.objects.push_back(std::move(object));
  }
}

// Invisible text over a full-page picture is an OCR layer: it is what an ATS
// reads from a scan, so it is not hidden text.
bool is_ocr_layer(const PageContent& content, const std::vector<Line>& lines) {
  double page_area = std::max(content.width * content.height, 1.0);
  double covered = 0;  // scanners may write a page as several strips
  for (const Box& image : content.images) covered += overlap_area(image, Box{0, 0, content.width, content.height});
  bool scan = covered > 0.6 * page_area;
  if (!scan) return false;
  size_t hidden = 0, total = 0;
  for (const auto& line : lines)
    for (const auto& run : line.runs) {
      total += run.text.size();
      if (run.hidden) hidden += run.text.size();
    }
  return total > 0 && hidden * 10 >= total * 8;
}

void attach_links(const PageContent& content, std::vector<Line>& lines, Page& page) {
  for (const auto& link : content.links)
    if (std::find(page.links.begin(), page.links.end(), link.uri) == page.links.end()) page.links.push_back(link.uri);
  for (auto& line : lines)
    for (auto& run : line.runs) {
      const Box& b = *run.location.box;
      double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
      for (const auto& link : content.links)
        if (cx >= link.box.x0 - 1 && cx <= link.box.x1 + 1 && cy >= link.box.y0 - 1 && cy <= link.box.y1 + 1)
          run.link = link.uri;
    }
}

// White text on a dark sidebar panel is visible: record what lies behind each
// run (the last filled shape drawn under its centre) so hidden-text can tell.
void attach_backgrounds(const PageContent& content, std::vector<Line>& lines) {
  std::vector<const pdf::PathBox*> fills;
  for (const auto& path : content.paths)
    if (path.filled && path.box.width() > 4 && path.box.height() > 4) fills.push_back(&path);
  if (fills.empty()) return;
  for (auto& line : lines)
    for (auto& run : line.runs) {
      const Box& b = *run.location.box;
      double cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
      for (auto it = fills.rbegin(); it != fills.rend(); ++it) {
        const Box& f = (*it)->box;
        // A fill in the run's own colour is a decoration drawn with it (Chromium
        // paints some text effects this way), not what the reader sees behind it.
        if ((*it)->color == run.color) continue;
        if (cx > f.x0 && cx < f.x1 && cy > f.y0 && cy < f.y1 && f.area() >= 0.5 * b.area()) {
          run.background = (*it)->color;
          break;
        }
      }
    }
}

// A small dot just left of a word opens a list item (see dot_marks_word) unless text stands between them;
// the layout pass marks the line that word opens once columns are split. Returns that word's run.
const TextRun* marked_run(const Box& dot, const Line& line) {
  const Box* before = nullptr;
  for (const auto& run : line.runs) {
    if (!run.location.box) continue;
    if ((!before || before->x1 <= dot.x0) && dot_marks_word(dot, *run.location.box, run.size)) return &run;
    before = &*run.location.box;
  }
  return nullptr;
}

bool same_dot(const Box& a, const Box& b) { return std::abs(a.width() - b.width()) < 0.5 && std::abs(a.height() - b.height()) < 0.5; }

/// A job's only bullet (Canva): a dot beside regular text that wraps under itself, not under the dot (a hanging
/// indent), and off any vertical rule a timeline threads its dots on.
bool lone_item_mark(const Box& dot, const TextRun& word, size_t line, const std::vector<Line>& lines,
                    const std::vector<pdf::PathBox>& paths) {
  if (word.bold || !word.location.box) return false;
  const Box& text = *word.location.box;
  // The next lines of the page (a sidebar may share their baselines): one runs on from the word's left edge.
  bool hangs = false;
  for (size_t k = line + 1; k < lines.size() && k <= line + 3 && !hangs; ++k)
    for (const auto& run : lines[k].runs)
      if (run.location.box && std::abs(run.location.box->x0 - text.x0) < 2 && run.location.box->y0 > text.y0 &&
          run.location.box->y0 - text.y1 < text.height())
        hangs = true;
  double middle = (dot.x0 + dot.x1) / 2;
  bool on_rail = std::any_of(paths.begin(), paths.end(), [&](const pdf::PathBox& path) {
    const Box& rule = path.box;
    return rule.width() <= 2.5 && rule.height() >= 4 * dot.height() && rule.x0 - 1 <= middle && middle <= rule.x1 + 1 &&
           rule.y0 <= dot.y1 + dot.height() && rule.y1 >= dot.y0 - dot.height();
  });
  return hangs && !on_rail;
}

std::vector<Box> find_list_marks(const PageContent& content, const std::vector<Line>& lines) {
  // Small round or square shapes, filled (discs, squares) or outlined (Chromium's nested "circle" markers).
  std::vector<Box> dots;
  for (const auto& path : content.paths) {
    const Box& b = path.box;
    if (b.width() >= 1.5 && b.height() >= 1.5 && b.width() <= 6 && b.height() <= 6 &&
        std::max(b.width(), b.height()) <= 1.35 * std::min(b.width(), b.height()))
      dots.push_back(b);
  }
  // The body's type size (most characters): list items are set in it, headings larger.
  std::map<int, size_t> chars_by_size;
  for (const auto& line : lines)
    for (const auto& run : line.runs) chars_by_size[static_cast<int>(std::lround(run.size * 2))] += run.text.size();
  double body = 0;
  size_t most = 0;
  for (const auto& [half_points, chars] : chars_by_size)
    if (chars > most) {
      most = chars;
      body = half_points / 2.0;
    }
  std::vector<Box> marks;
  for (const Box& b : dots) {
    // A dotted rule, across ("•••" before a heading) or down (a dotted rail), marks no item.
    bool rule = std::any_of(dots.begin(), dots.end(), [&](const Box& o) {
      return &o != &b && same_dot(o, b) &&
             ((std::abs(o.y0 - b.y0) < 0.5 && std::abs(o.x0 - b.x0) < 3 * b.width()) ||
              (std::abs(o.x0 - b.x0) < 0.5 && std::abs(o.y0 - b.y0) < 3 * b.height()));
    });
    const TextRun* word = nullptr;
    size_t word_line = 0;
    for (size_t k = 0; k < lines.size() && !word; ++k)
      if ((word = marked_run(b, lines[k]))) word_line = k;
    if (rule || !word || word->size > body + 0.75) continue;  // not a heading's square
    // A list repeats its marks a line to four apart, or up to seven beside text in body weight; a heading's
    // square or a timeline's dot beside each bold job title stands alone.
    double reach = (word->bold ? 5 : 8) * word->size;
    bool listed = std::any_of(dots.begin(), dots.end(), [&](const Box& o) {
      double apart = std::abs(o.y0 - b.y0);
      return &o != &b && same_dot(o, b) && std::abs(o.x0 - b.x0) < 1 && apart > 0.5 && apart <= reach;
    });
    if (listed || lone_item_mark(b, *word, word_line, lines, content.paths)) marks.push_back(b);
  }
  return marks;
}

int visible_chars(const std::vector<Line>& lines) {
  int chars = 0;
  for (const auto& line : lines)
    for (const auto& run : line.runs)
      if (!run.hidden && !run.off_page)
        for (char c : run.text) chars += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars;
}

}  // namespace

Document read_pdf(const std::string& path, std::string_view bytes) {
  silence_poppler();
  auto doc = open_pdf(bytes);
  Document document;
  document.path = path;
  document.format = Format::Pdf;
  std::vector<pdf::FontStyle> styles;
  pdf::GlyphCollector collector(document.fonts, styles);
  int pages = std::min(doc->getNumPages(), kMaxPages);
  if (doc->getNumPages() > kMaxPages)
    document.notices.push_back(fmt::format("read only the first {} of {} pages", kMaxPages, doc->getNumPages()));
  auto start = std::chrono::steady_clock::now();
  for (int number = 1; number <= pages; ++number) {
    if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > kMaxSecondsPerDocument) {
      document.notices.push_back(fmt::format("stopped after {} pages: the file takes too long to read", number - 1));
      break;
    }
    PageContent content = read_page(*doc, number, collector);
    pdf::hide_covered_glyphs(content);
    if (content.truncated)
      document.notices.push_back(fmt::format("page {}: too much content, read only part of it", number));
    Page page;
    page.number = number;
    page.width = content.width;
    page.height = content.height;
    page.rotation = content.rotation;
    std::vector<Line> lines;
    pdf::build_lines(content, number, document.fonts, styles, lines);
    if (is_ocr_layer(content, lines))
      for (auto& line : lines)
        for (auto& run : line.runs) {
          run.hidden = false;
          run.recognised = true;
        }
    attach_links(content, lines, page);
    attach_backgrounds(content, lines);
    page.list_marks = find_list_marks(content, lines);
    page.text_chars = visible_chars(lines);
    add_images(content, number, document);
    add_panels(content, number, document);
    pdf::find_tables(content, number, lines, document.objects);
    document.pages.push_back(std::move(page));
    for (auto& line : lines) document.raw_lines.push_back(std::move(line));
  }
  // A font drawing mostly Private Use glyphs is an icon font whatever its name.
  for (auto& font : document.fonts)
    if (font.glyphs > 0 && font.private_use_glyphs * 2 >= font.glyphs) font.symbolic = true;
  document.lines = document.raw_lines;
  return document;
}

}  // namespace atslint
