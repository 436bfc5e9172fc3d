package newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SSRF guard: refuses URLs whose host resolves to a loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast or unspecified address, unless the host name, the address or a CIDR
 * block containing it is allow-listed. The check runs before any connection is opened.
 */
public final class AddressPolicy {
  private final List<String> allowedNames = new ArrayList<>();
  private final List<Cidr> allowedBlocks = new ArrayList<>();

  /** @param allowList entries like {@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code intranet.example} */
  public AddressPolicy(List<String> allowList) {
    for (String raw : allowList) {
      String entry = raw.trim();
      if (entry.isEmpty()) continue;
      if (entry.contains("/")) {
        allowedBlocks.add(Cidr.parse(entry));
      } else if (looksLikeIpLiteral(entry)) {
        allowedBlocks.add(Cidr.parse(entry + (entry.contains(":") ? "/128" : "/32")));
      } else {
        allowedNames.add(entry.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** Throws {@link FetchException.Reason#ADDRESS_REFUSED} unless every address of the host may be contacted. */
  public void check(URI uri) throws FetchException {
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(uri.toString(), FetchException.Reason.BAD_URL, "no host");
    }
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (allowedNames.contains(bare.toLowerCase(Locale.ROOT))) return;
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bare);
    } catch (UnknownHostException e) {
      throw new FetchException(uri.toString(), FetchException.Reason.IO, -1, "unknown host " + bare, e);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address) && !isAllowed(address)) {
        throw new FetchException(uri.toString(), FetchException.Reason.ADDRESS_REFUSED,
            host + " resolves to non-public address " + address.getHostAddress()
                + " (allow it with --allow-host " + bare + ", or NEWSFLOW_ALLOW_HOSTS)");
      }
    }
  }

  private boolean isAllowed(InetAddress address) {
    for (Cidr block : allowedBlocks) {
      if (block.contains(address)) return true;
    }
    return false;
  }

  /** Whether an address is not on the public internet. */
  public static boolean isInternal(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress()
        || a.isSiteLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this" network
          || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved and broadcast
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) return true; // unique local fc00::/7
      if (isEmbeddedIpv4(b)) {
        try {
          InetAddress v4 = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
          return isInternal(v4);
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  // ::a.b.c.d (IPv4-compatible) and 64:ff9b::a.b.c.d (NAT64) would otherwise smuggle internal IPv4s.
  private static boolean isEmbeddedIpv4(byte[] b) {
    boolean compatible = true;
    for (int i = 0; i < 12; i++) compatible &= b[i] == 0;
    boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
    for (int i = 4; i < 12 && nat64; i++) nat64 = b[i] == 0;
    return compatible || nat64;
  }

  private static boolean looksLikeIpLiteral(String s) {
    return s.contains(":") || s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  /** An address block. */
  record Cidr(byte[] network, int prefix) {
    static Cidr parse(String text) {
      int slash = text.indexOf('/');
      String addr = text.substring(0, slash);
      if (!looksLikeIpLiteral(addr)) throw new IllegalArgumentException("not an IP block: " + text);
      try {
        byte[] net = InetAddress.getByName(addr).getAddress();
        int prefix = Integer.parseInt(text.substring(slash + 1));
        if (prefix < 0 || prefix > net.length * 8) throw new IllegalArgumentException("bad prefix in " + text);
        return new Cidr(net, prefix);
      } catch (UnknownHostException | NumberFormatException e) {
        throw new IllegalArgumentException("not an IP block: " + text, e);
      }
    }

    boolean contains(InetAddress address) {
      byte[] a = address.getAddress();
      if (a.length != network.length) return false;
      int bits = prefix;
      for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
        int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
        if ((a[i] & mask) != (network[i] & mask)) return false;
      }
      return true;
    }
  }
}
