import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Closes the doors of a Payara domain that Sachet does not use, by editing its domain.xml while the server is
 * stopped (run by prepare-domain.sh with the JDK's single-file launcher: {@code java DomainSettings.java ...}).
 * Only the HTTP listener faces the network: the admin listener is on loopback; HTTPS (TLS belongs to the
 * reverse proxy in front), the JMX connector, IIOP and the JMS broker are off; the Hazelcast data grid listens
 * on loopback.
 *
 * <p>Usage: {@code java DomainSettings.java DOMAIN_XML [HTTP_BIND_ADDRESS [TRUSTED_PROXIES]]}; without an address
 * the HTTP listener listens on every interface (IPv4 and IPv6), as Payara does by default. With trusted proxies,
 * the request's scheme is the one the proxy names in {@code X-Forwarded-Proto}.
 */
public class DomainSettings {

    private static final String LOOPBACK = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: java DomainSettings.java DOMAIN_XML [HTTP_BIND_ADDRESS [TRUSTED_PROXIES]]");
            System.exit(2);
        }
        Path domainXml = Path.of(args[0]);
        String bind = args.length >= 2 && !args[1].isBlank() ? args[1].strip() : null;
        boolean behindProxy = args.length == 3 && !args[2].isBlank();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document domain = factory.newDocumentBuilder().parse(domainXml.toFile());
        Element config = serverConfig(domain);

        Element http = named(config, "network-listener", "name", "http-listener-1");
        if (bind == null) {
            http.removeAttribute("address");
        } else {
            http.setAttribute("address", bind);
        }
        Element https = named(config, "network-listener", "name", "http-listener-2");
        https.setAttribute("address", LOOPBACK);
        https.setAttribute("enabled", "false");
        named(config, "network-listener", "name", "admin-listener").setAttribute("address", LOOPBACK);

        Element jmx = named(config, "jmx-connector", "name", "system");
        jmx.setAttribute("address", LOOPBACK);
        jmx.setAttribute("enabled", "false");
        for (Element iiop : all(config, "iiop-listener")) {
            iiop.setAttribute("address", LOOPBACK);
            iiop.setAttribute("enabled", "false");
        }
        // no product and version in every answer (Server, X-Powered-By): they only help an attacker pick exploits
        for (Element protocol : all(config, "protocol")) {
            if (protocol.getAttribute("name").startsWith("http-listener-")) {
                for (Element settings : all(protocol, "http")) {
                    settings.setAttribute("xpowered-by", "false");
                    settings.setAttribute("server-header", "false");
                    // the session cookie is not sent along by other sites' links and forms (cross-site forgery)
                    settings.setAttribute("cookie-same-site-enabled", "true");
                    settings.setAttribute("cookie-same-site-value", "Lax");
                    // no HTTP/2 upgrade on plain HTTP (h2c): browsers never use it, it lets requests be smuggled
                    // past a reverse proxy, and Grizzly's h2c broke its frame size under load (issue 14)
                    settings.setAttribute("http2-enabled", "false");
                    // the listener's own compression stays off: after a file went out by sendfile on a kept-alive
                    // connection, it sent later compressed answers on it without their headers (issue 18);
                    // Sachet gzips its own text in a servlet filter (org.sachet.http.Compression)
                    settings.setAttribute("compression", "off");
                    // behind a proxy that ends TLS, the request is https when the proxy says so: the container then
                    // marks the session cookie Secure. Without a proxy a client could only mislabel its own requests,
                    // but nothing needs the header then, so it is not read
                    if (behindProxy) {
                        settings.setAttribute("scheme-mapping", "X-Forwarded-Proto");
                    } else {
                        settings.removeAttribute("scheme-mapping");
                    }
                }
            }
        }
        // five request threads (Payara's default) are five slow callers from a stalled server: a flood of guessed
        // passwords waiting for their checks held all five, and a token call waited 350 ms (docs/benchmarks.md)
        Element threads = named(oneOrNew(config, "thread-pools"), "thread-pool", "name", "http-thread-pool");
        threads.setAttribute("max-thread-pool-size", "32");
        threads.setAttribute("min-thread-pool-size", "8");
        // MicroProfile Metrics (/metrics) would tell anyone the server's pools, memory and request counts
        oneOrNew(config, "microprofile-metrics-configuration").setAttribute("enabled", "false");
        // Sachet serves its own OpenAPI document at /openapi (org.sachet.api.OpenApiDocument): the one Payara
        // generates had a member of its own at the root and the hand-read JSON bodies as strings (issue 18)
        oneOrNew(config, "microprofile-openapi-configuration").setAttribute("enabled", "false");

        // a new domain writes this only at its first start: made here, so that start already has it off
        Element jms = oneOrNew(config, "jms-service");
        jms.setAttribute("type", "DISABLED");
        if (all(jms, "jms-host").length == 0) {
            jms.setAttribute("default-jms-host", "default_JMS_host");
            Element host = domain.createElement("jms-host");
            host.setAttribute("name", "default_JMS_host");
            host.setAttribute("host", "localhost");
            host.setAttribute("port", "${JMS_PROVIDER_PORT}");
            jms.appendChild(host);
        }
        // the Hazelcast data grid stays on (Payara creates its management beans while starting it, which an
        // application loading at server start needs), but listens on this machine only
        Element grid = (Element) domain.getDocumentElement().getElementsByTagName("hazelcast-runtime-configuration").item(0);
        if (grid == null) {
            grid = domain.createElement("hazelcast-runtime-configuration");
            domain.getDocumentElement().insertBefore(grid, domain.getDocumentElement().getFirstChild());
        }
        grid.setAttribute("das-bind-address", LOOPBACK);
        grid.setAttribute("interfaces", LOOPBACK);

        // written beside and moved over, so a failure never leaves half a domain.xml
        Path written = domainXml.resolveSibling(domainXml.getFileName() + ".new");
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(domain), new StreamResult(written.toFile()));
        Files.move(written, domainXml, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Element serverConfig(Document domain) {
        for (Element config : all(domain.getDocumentElement(), "config")) {
            if ("server-config".equals(config.getAttribute("name"))) {
                return config;
            }
        }
        throw new IllegalStateException("no server-config in domain.xml");
    }

    private static Element named(Element parent, String tag, String attribute, String value) {
        for (Element element : all(parent, tag)) {
            if (value.equals(element.getAttribute(attribute))) {
                return element;
            }
        }
        throw new IllegalStateException("no " + tag + " " + attribute + "=" + value + " in server-config");
    }

    private static Element oneOrNew(Element parent, String tag) {
        var found = all(parent, tag);
        if (found.length > 0) {
            return found[0];
        }
        Element made = parent.getOwnerDocument().createElement(tag);
        parent.appendChild(made);
        return made;
    }

    private static Element[] all(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        Element[] elements = new Element[nodes.getLength()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = (Element) nodes.item(i);
        }
        return elements;
    }
}
