#include "parsers/common/xml_document.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/hash.h>
#include <libxml/xmlerror.h>

#include <array>
#include <mutex>

#include "linter/error.h"

namespace atslint {
namespace {

// Word and LibreOffice never write a DTD; one that declares entities is either
// an attack or a mistake, and refusing it needs no trust in libxml2's checks.
// The check looks for the declaration in every encoding libxml2 detects by
// itself (UTF-8, UTF-16 and UTF-32 in both byte orders).
bool declares_entities(std::string_view bytes) {
  static const std::array<std::string, 5> kPatterns = [] {
    std::string ascii = "<!ENTITY";
    std::array<std::string, 5> out;
    for (char c : ascii) {
      out[0] += c;
      out[1] += std::string{c, '\0'};
      out[2] += std::string{'\0', c};
      out[3] += std::string{c, '\0', '\0', '\0'};
      out[4] += std::string{'\0', '\0', '\0', c};
    }
    return out;
  }();
  for (const auto& pattern : kPatterns)
    if (bytes.find(pattern) != std::string_view::npos) return true;
  return false;
}

/// After parsing: any entity declared in the internal subset, however encoded.
bool has_declared_entities(xmlDoc* doc) {
  return doc && doc->intSubset && doc->intSubset->entities &&
         xmlHashSize(static_cast<xmlHashTablePtr>(doc->intSubset->entities)) > 0;
}

void init_libxml_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

XmlDocument::XmlDocument(std::string_view bytes, const std::string& part, XmlLimits limits) {
  if (bytes.size() > limits.max_bytes)
    throw AtsError("too-large", fmt::format("{} is {} MB, more than the {} MB allowed", part, bytes.size() >> 20,
                                            limits.max_bytes >> 20));
  if (declares_entities(bytes))
    throw AtsError("unsafe-xml", fmt::format("{} declares XML entities (an entity-expansion or external-entity "
                                             "attack?): refusing to read it; re-save the document",
                                             part));
  init_libxml_once();
  // A parser context per call: errors stay in it (NOERROR/NOWARNING keep libxml2
  // silent) and no process-wide handler is touched, so threads do not interfere.
  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (!context) throw std::bad_alloc();
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  doc_ = xmlCtxtReadMemory(context, bytes.data(), static_cast<int>(bytes.size()), part.c_str(), nullptr, options);
  std::string reason;
  if (!doc_ || !context->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(context);
    reason = error && error->message ? error->message : "not well-formed";
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
    if (doc_) xmlFreeDoc(doc_);
    doc_ = nullptr;
  }
  xmlFreeParserCtxt(context);
  if (has_declared_entities(doc_)) {
    xmlFreeDoc(doc_);
    doc_ = nullptr;
    throw AtsError("unsafe-xml", fmt::format("{} declares XML entities: refusing to read it; re-save the document", part));
  }
  if (!doc_) throw AtsError("bad-xml", fmt::format("{} is damaged XML ({}): re-save the document", part, reason));
  if (!xmlDocGetRootElement(doc_)) {
    xmlFreeDoc(doc_);
    throw AtsError("bad-xml", fmt::format("{} holds no XML element: re-save the document", part));
  }
}

XmlDocument::~XmlDocument() {
  if (doc_) xmlFreeDoc(doc_);
}

xmlNode* XmlDocument::root() const { return xmlDocGetRootElement(doc_); }

namespace xml {

std::string_view name(const xmlNode* node) {
  if (!node || node->type != XML_ELEMENT_NODE) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool is(const xmlNode* node, std::string_view local) { return name(node) == local; }

static const xmlAttr* find_attr(const xmlNode* node, std::string_view local) {
  if (!node || node->type != XML_ELEMENT_NODE) return nullptr;
  for (const xmlAttr* a = node->properties; a; a = a->next)
    if (local == reinterpret_cast<const char*>(a->name)) return a;
  return nullptr;
}

std::string attr(const xmlNode* node, std::string_view local) {
  const xmlAttr* a = find_attr(node, local);
  if (!a) return {};
  std::string out;
  for (const xmlNode* t = a->children; t; t = t->next)
    if (t->content) out += reinterpret_cast<const char*>(t->content);
  return out;
}

bool has_attr(const xmlNode* node, std::string_view local) { return find_attr(node, local) != nullptr; }

xmlNode* child(const xmlNode* node, std::string_view local) {
  if (!node) return nullptr;
  for (xmlNode* c = node->children; c; c = c->next)
    if (is(c, local)) return c;
  return nullptr;
}

std::vector<xmlNode*> children(const xmlNode* node, std::string_view local) {
  std::vector<xmlNode*> out;
  if (!node) return out;
  for (xmlNode* c = node->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (local.empty() || is(c, local))) out.push_back(c);
  return out;
}

xmlNode* find(const xmlNode* node, std::string_view local) {
  if (!node) return nullptr;
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, local)) return c;
    if (xmlNode* below = find(c, local)) return below;
  }
  return nullptr;
}

void find_all(const xmlNode* node, std::string_view local, std::vector<xmlNode*>& out) {
  if (!node) return;
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (is(c, local)) out.push_back(c);
    find_all(c, local, out);
  }
}

static void append_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* c = node->children; c; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      out += reinterpret_cast<const char*>(c->content);
    else if (c->type == XML_ELEMENT_NODE)
      append_text(c, out);
  }
}

std::string text(const xmlNode* node) {
  std::string out;
  if (node) append_text(node, out);
  return out;
}

std::string_view ns(const xmlNode* node) {
  if (!node || !node->ns || !node->ns->href) return {};
  return reinterpret_cast<const char*>(node->ns->href);
}

}  // namespace xml
}  // namespace atslint
