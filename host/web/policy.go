package web

import (
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/host/providers"
)

// CheckURL applies GenVM's URL policy and returns the parsed URL or a
// non-fatal module error:
//   - MALFORMED_URL: not an absolute URL with a host;
//   - SCHEMA_FORBIDDEN: a scheme other than http and https;
//   - PORT_FORBIDDEN: an explicit port other than 80 and 443;
//   - TLD_FORBIDDEN: a last host label not in the TLD list or extra_tld
//     (IP addresses have none).
//
// Hosts in always_allow_hosts skip the port and TLD checks.
func (c *Config) CheckURL(raw string) (*url.URL, error) {
	malformed := func() error {
		return providers.NewError(providers.CauseMalformedURL, false, "url", raw)
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		return nil, malformed()
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme != "http" && scheme != "https" {
		return nil, providers.NewError(providers.CauseSchemaForbidden, false, "schema", scheme, "url", raw)
	}
	if u.Opaque != "" {
		return nil, malformed()
	}
	host := strings.ToLower(u.Hostname())
	if host == "" || strings.ContainsAny(host, " \t\r\n%") {
		return nil, malformed()
	}
	port := u.Port()
	if port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n > 65535 {
			return nil, malformed()
		}
	}
	for _, h := range c.AlwaysAllowHosts {
		if strings.EqualFold(h, host) {
			return u, nil
		}
	}
	if port != "" {
		n, _ := strconv.Atoi(port)
		if n != 80 && n != 443 {
			return nil, providers.NewError(providers.CausePortForbidden, false, "port", n, "url", raw)
		}
	}
	tld := strings.TrimSuffix(host, ".")
	if i := strings.LastIndexByte(tld, '.'); i >= 0 {
		tld = tld[i+1:]
	}
	ok := net.ParseIP(strings.Trim(host, "[]")) == nil && (KnownTLD(tld) || contains(c.ExtraTLD, tld))
	if !ok {
		return nil, providers.NewError(providers.CauseTLDForbidden, false, "tld", tld, "url", raw)
	}
	return u, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
