package org.coderise.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which peers may speak for the client in {@code X-Forwarded-For}: a list of addresses and CIDR blocks. Behind a
 * reverse proxy every request comes from the proxy, so per-address login throttling would lock out everyone at once;
 * trusting any peer would let a client choose its own address and dodge the throttle. Only listed proxies are
 * believed, and the client is the nearest address in the header that is not itself a trusted proxy.
 */
public final class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");
    /** Anything with a colon is parsed as an IPv6 literal by InetAddress, never looked up as a name. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /**
     * @param spec comma-separated addresses or CIDR blocks, e.g. {@code 127.0.0.1,10.0.0.0/8,::1}; blank trusts none
     * @throws IllegalArgumentException naming the entry that is not an address or block
     */
    public static TrustedProxies parse(String spec) {
        return new TrustedProxies(Stream.of(spec.split(","))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(Block::parse)
                .toList());
    }

    /** The client's address given the connection's peer and the {@code X-Forwarded-For} header (may be null). */
    public String client(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (bytes(hop).isEmpty()) {
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return client;
            }
        }
        return client;
    }

    boolean trusts(String address) {
        return bytes(address).map(bytes -> blocks.stream().anyMatch(block -> block.contains(bytes))).orElse(false);
    }

    /** Empty unless an IP literal, which {@link InetAddress#getByName} then parses without any name lookup. */
    private static Optional<byte[]> bytes(String address) {
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException malformedIpv6) {
            return Optional.empty();
        }
    }

    private record Block(byte[] network, int prefixBits) {
        static Block parse(String entry) {
            String[] parts = entry.split("/", 2);
            byte[] network = bytes(parts[0]).orElseThrow(
                    () -> new IllegalArgumentException("Not an IP address or CIDR block: " + entry));
            int prefix = parts.length == 1 ? network.length * 8 : Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Prefix out of range in " + entry);
            }
            return new Block(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
