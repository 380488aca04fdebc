// A memo shared by every analysis and thread that use one registry: for look-ups that depend on
// the registry alone (a post label's comparable forms, an organization's posts with a title),
// which each report would otherwise compute again.
#pragma once

#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace readout::analysis {

template <typename Value>
class SharedMemo {
 public:
  // The value for `key`, computed by `compute()` the first time. References stay valid as long
  // as the memo (unordered_map nodes do not move). `compute` runs without the lock held, so it
  // may use other memos; two threads may both compute a value, and the first one kept wins.
  template <typename Compute>
  const Value& get(const std::string& key, Compute compute) const {
    if (const Value* known = find(key)) return *known;
    return put(key, compute());
  }
  // The value kept for `key`, or null.
  const Value* find(const std::string& key) const {
    std::shared_lock lock(mutex_);
    auto it = values_.find(key);
    return it == values_.end() ? nullptr : &it->second;
  }
  [[nodiscard]] size_t size() const {
    std::shared_lock lock(mutex_);
    return values_.size();
  }
  // Keeps a value (the first one kept for the key wins) and gives the one kept.
  const Value& put(const std::string& key, Value value) const {
    std::unique_lock lock(mutex_);
    return values_.try_emplace(key, std::move(value)).first->second;
  }

 private:
  mutable std::shared_mutex mutex_;
  mutable std::unordered_map<std::string, Value> values_;
};

}  // namespace readout::analysis
