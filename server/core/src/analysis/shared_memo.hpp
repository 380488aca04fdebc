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
    {
      std::shared_lock lock(mutex_);
      if (auto it = values_.find(key); it != values_.end()) return it->second;
    }
    Value value = compute();
    std::unique_lock lock(mutex_);
    return values_.try_emplace(key, std::move(value)).first->second;
  }

 private:
  mutable std::shared_mutex mutex_;
  mutable std::unordered_map<std::string, Value> values_;
};

}  // namespace readout::analysis
