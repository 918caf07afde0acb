#pragma once
// A parsed XML part from an untrusted file, read safely with libxml2: no DTD
// loading, no entity substitution, no network, libxml2's own depth and text
// limits (XML_PARSE_HUGE off) and a size cap. Documents that declare entities
// (billion laughs, external entities) are refused before libxml2 sees them.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// libxml2 stays a private dependency: its node types are only declared here
// (the same typedefs libxml/tree.h makes, which C++ allows to repeat).
struct _xmlNode;
struct _xmlDoc;
typedef struct _xmlNode xmlNode;
typedef struct _xmlDoc xmlDoc;

namespace atslint {

struct XmlLimits {
  size_t max_bytes = 64u << 20;  ///< larger parts are refused
};

class XmlDocument {
 public:
  /// Throws AtsError("unsafe-xml") for entity declarations, AtsError("bad-xml")
  /// when the part is not well-formed. `part` names it in messages.
  XmlDocument(std::string_view bytes, const std::string& part, XmlLimits limits = {});
  ~XmlDocument();
  XmlDocument(const XmlDocument&) = delete;
  XmlDocument& operator=(const XmlDocument&) = delete;

  xmlNode* root() const;

 private:
  xmlDoc* doc_ = nullptr;
};

namespace xml {

/// The element's local name ("p" for <w:p>), "" for non-elements.
std::string_view name(const xmlNode* node);
/// True when `node` is an element with this local name.
bool is(const xmlNode* node, std::string_view local);
/// The value of the attribute with this local name (any namespace), "" when absent.
std::string attr(const xmlNode* node, std::string_view local);
bool has_attr(const xmlNode* node, std::string_view local);
/// First element child with this local name, nullptr when none.
xmlNode* child(const xmlNode* node, std::string_view local);
/// Element children, optionally only those with a local name.
std::vector<xmlNode*> children(const xmlNode* node, std::string_view local = {});
/// First element with this local name anywhere below `node` (depth-first).
xmlNode* find(const xmlNode* node, std::string_view local);
/// Every element with this local name below `node`, in document order.
void find_all(const xmlNode* node, std::string_view local, std::vector<xmlNode*>& out);
/// Concatenated text content below `node`.
std::string text(const xmlNode* node);
/// The namespace URI of an element, "" when none.
std::string_view ns(const xmlNode* node);

}  // namespace xml
}  // namespace atslint
