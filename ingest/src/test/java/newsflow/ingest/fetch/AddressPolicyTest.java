package newsflow.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSRF address check, on literal addresses only (no DNS, no traffic). */
class AddressPolicyTest {

  @Test
  void classifiesInternalAddresses() throws Exception {
    for (String a : List.of("127.0.0.1", "10.0.0.1", "10.255.1.2", "172.16.5.4", "192.168.1.1", "169.254.169.254",
        "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "fd12:3456::1",
        "::ffff:10.0.0.1", "64:ff9b::a00:1")) {
      assertTrue(AddressPolicy.isInternal(InetAddress.getByName(a)), a);
    }
    for (String a : List.of("8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111")) {
      assertFalse(AddressPolicy.isInternal(InetAddress.getByName(a)), a);
    }
  }

  @Test
  void refusesPrivateHostsWithAReasonNamingTheAddress() {
    AddressPolicy policy = new AddressPolicy(List.of());
    FetchException e = assertThrows(FetchException.class, () -> policy.check(URI.create("http://10.9.8.7:8080/x")));
    assertEquals(FetchException.Reason.ADDRESS_REFUSED, e.reason());
    assertTrue(e.getMessage().contains("10.9.8.7"));
    assertThrows(FetchException.class, () -> policy.check(URI.create("http://[::1]/x")));
  }

  @Test
  void allowListTakesAddressesBlocksAndNames() {
    AddressPolicy policy = new AddressPolicy(List.of("127.0.0.1", "10.1.0.0/16", "intranet.example"));
    assertDoesNotThrow(() -> policy.check(URI.create("http://127.0.0.1:9/x")));
    assertDoesNotThrow(() -> policy.check(URI.create("http://10.1.200.3/x")));
    assertDoesNotThrow(() -> policy.check(URI.create("http://intranet.example/x")));
    assertThrows(FetchException.class, () -> policy.check(URI.create("http://10.2.0.1/x")));
    assertThrows(FetchException.class, () -> policy.check(URI.create("http://127.0.0.2/x")));
  }

  @Test
  void publicAddressesPass() {
    assertDoesNotThrow(() -> new AddressPolicy(List.of()).check(URI.create("http://93.184.216.34/")));
  }
}
