#include "documents.hpp"

namespace readout::lsp {

std::shared_ptr<Document> DocumentTable::find(const std::string& uri) {
  std::lock_guard lock(mutex_);
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : it->second;
}

void DocumentTable::add(const std::shared_ptr<Document>& doc) {
  std::lock_guard lock(mutex_);
  if (auto old = documents_.find(doc->uri); old != documents_.end()) old->second->closed = true;
  documents_[doc->uri] = doc;
}

std::shared_ptr<Document> DocumentTable::remove(const std::string& uri) {
  std::lock_guard lock(mutex_);
  auto it = documents_.find(uri);
  if (it == documents_.end()) return nullptr;
  auto doc = it->second;
  documents_.erase(it);
  return doc;
}

std::vector<std::shared_ptr<Document>> DocumentTable::all() {
  std::lock_guard lock(mutex_);
  std::vector<std::shared_ptr<Document>> out;
  for (auto& [uri, doc] : documents_) out.push_back(doc);
  return out;
}

void DocumentTable::close_all() {
  std::lock_guard lock(mutex_);
  for (auto& [uri, doc] : documents_) doc->closed = true;
}

void DocumentTable::clear() {
  std::lock_guard lock(mutex_);
  documents_.clear();
}

}  // namespace readout::lsp
