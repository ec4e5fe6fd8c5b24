#include "app/config.hpp"

#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>

namespace kc::app {
namespace {

struct Key {
  const char* name;
  const char* help;
  std::function<void(Config&, const std::string&)> set;
};

int to_int(const std::string& key, const std::string& v, int min, int max) {
  try {
    std::size_t used = 0;
    int n = std::stoi(v, &used);
    if (used == v.size() && n >= min && n <= max) return n;
  } catch (...) {
  }
  throw ConfigError("configuration key '" + key + "': expected a whole number from " + std::to_string(min) + " to " +
                    std::to_string(max) + ", got '" + v + "'");
}

bool to_bool(const std::string& key, const std::string& v) {
  if (v == "true" || v == "1" || v == "on" || v == "yes") return true;
  if (v == "false" || v == "0" || v == "off" || v == "no") return false;
  throw ConfigError("configuration key '" + key + "': expected true or false, got '" + v + "'");
}

const std::vector<Key>& keys() {
  static const std::vector<Key> k{
      {"db", "database: sqlite:PATH or postgresql://user@host:port/name", [](Config& c, const std::string& v) {
         if (v.rfind("sqlite:", 0) != 0 && v.rfind("postgresql://", 0) != 0 && v.rfind("postgres://", 0) != 0)
           throw ConfigError("configuration key 'db': expected sqlite:PATH or postgresql://…, got '" + v + "'");
         c.db = v;
       }},
      {"data-dir", "directory for the SQLite file, attachments and uploads", [](Config& c, const std::string& v) {
         if (v.empty()) throw ConfigError("configuration key 'data-dir': must not be empty");
         c.data_dir = v;
       }},
      {"listen", "HOST:PORT to serve on", [](Config& c, const std::string& v) {
         c.listen = v;
         c.port();  // validates
       }},
      {"web-root", "directory of the built web UI", [](Config& c, const std::string& v) { c.web_root = v; }},
      {"threads", "worker threads (0: one per core)", [](Config& c, const std::string& v) { c.threads = to_int("threads", v, 0, 256); }},
      {"pool-size", "database connections", [](Config& c, const std::string& v) { c.pool_size = to_int("pool-size", v, 1, 256); }},
      {"max-body-kb", "largest JSON body in KiB", [](Config& c, const std::string& v) { c.max_body_kb = to_int("max-body-kb", v, 1, 65536); }},
      {"max-upload-mb", "largest upload in MiB", [](Config& c, const std::string& v) { c.max_upload_mb = to_int("max-upload-mb", v, 1, 4096); }},
      {"read-timeout-s", "seconds to receive one request", [](Config& c, const std::string& v) { c.read_timeout_s = to_int("read-timeout-s", v, 1, 3600); }},
      {"idle-timeout-s", "seconds a keep-alive connection may idle", [](Config& c, const std::string& v) { c.idle_timeout_s = to_int("idle-timeout-s", v, 1, 3600); }},
      {"access-log", "true/false: one JSON line per request on stdout", [](Config& c, const std::string& v) { c.access_log = to_bool("access-log", v); }},
      {"ledger-warnings-hour", "Beijing hour 0-23 of the daily ledger warnings sweep, or off", [](Config& c, const std::string& v) {
         c.ledger_warnings_hour = v == "off" ? -1 : to_int("ledger-warnings-hour", v, 0, 23);
       }},
      {"test-clock", "true/false: enables POST /api/v1/_test/clock (tests only!)", [](Config& c, const std::string& v) { c.test_clock = to_bool("test-clock", v); }},
  };
  return k;
}

const Key* find_key(const std::string& name) {
  for (const auto& k : keys())
    if (name == k.name) return &k;
  return nullptr;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

void load_file(Config& c, const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ConfigError("configuration file '" + path + "' cannot be read");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto eq = line.find('=');
    if (eq == std::string::npos)
      throw ConfigError(path + ":" + std::to_string(n) + ": expected key = value");
    std::string key = trim(line.substr(0, eq));
    for (auto& ch : key)
      if (ch == '_') ch = '-';
    const Key* k = find_key(key);
    if (!k) throw ConfigError(path + ":" + std::to_string(n) + ": unknown configuration key '" + key + "'");
    k->set(c, trim(line.substr(eq + 1)));
  }
}

std::string env_name(const std::string& key) {
  std::string e = "KECHUANG_";
  for (char ch : key) e.push_back(ch == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
  return e;
}

}  // namespace

std::string Config::host() const { return listen.substr(0, listen.rfind(':')); }

int Config::port() const {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0)
    throw ConfigError("configuration key 'listen': expected HOST:PORT, got '" + listen + "'");
  return to_int("listen", listen.substr(colon + 1), 0, 65535);
}

CommandLine parse_command_line(const std::vector<std::string>& args, const std::vector<std::string>& boolean_flags) {
  CommandLine cl;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h") {
      cl.help = true;
    } else if (a.rfind("--", 0) == 0) {
      std::string name = a.substr(2), value;
      auto eq = name.find('=');
      bool is_bool = std::find(boolean_flags.begin(), boolean_flags.end(), name.substr(0, eq)) != boolean_flags.end();
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      } else if (is_bool) {
        value = "true";
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        throw ConfigError("option --" + name + " needs a value");
      }
      cl.flags[name] = value;
    } else {
      cl.positional.push_back(a);
    }
  }
  return cl;
}

Config load_config(const CommandLine& cl, std::map<std::string, std::string>& rest) {
  Config c;
  std::string file;
  if (auto it = cl.flags.find("config"); it != cl.flags.end()) file = it->second;
  else if (const char* e = std::getenv("KECHUANG_CONFIG")) file = e;
  if (!file.empty()) load_file(c, file);
  for (const auto& k : keys())
    if (const char* e = std::getenv(env_name(k.name).c_str())) k.set(c, e);
  for (const auto& [name, value] : cl.flags) {
    if (name == "config") continue;
    if (const Key* k = find_key(name)) k->set(c, value);
    else rest[name] = value;
  }
  if (c.db.empty()) c.db = "sqlite:" + c.data_dir + "/kechuang.db";
  return c;
}

std::string config_help() {
  std::ostringstream o;
  o << "Configuration (flag --KEY VALUE, environment KECHUANG_KEY, or KEY = VALUE lines in --config FILE):\n";
  for (const auto& k : keys()) {
    auto width = std::string(k.name).size();
    o << "  --" << k.name << std::string(width < 16 ? 16 - width : 1, ' ') << k.help << "\n";
  }
  return o.str();
}

}  // namespace kc::app
