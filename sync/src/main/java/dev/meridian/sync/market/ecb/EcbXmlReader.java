package dev.meridian.sync.market.ecb;

import dev.meridian.core.domain.FxRate;
import dev.meridian.sync.market.http.HttpReply;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the ECB's gesmes envelope: {@code <Cube time="2024-04-05">} days holding
 * {@code <Cube currency="USD" rate="1.0841"/>} rates, EUR being the base. The full history is
 * several megabytes, so it is read with StAX and filtered as it goes.
 */
final class EcbXmlReader {

    private EcbXmlReader() {
    }

    /** A factory per read: XMLInputFactory is not specified thread-safe; DTDs and external entities are refused. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    static List<FxRate> read(HttpReply reply, LocalDate from, LocalDate to) {
        List<FxRate> rates = new ArrayList<>();
        boolean sawEnvelope = false;
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new StringReader(reply.requireSuccess().body()));
            LocalDate day = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                if (xml.getLocalName().equals("Envelope")) sawEnvelope = true;
                if (!xml.getLocalName().equals("Cube")) continue;
                String time = xml.getAttributeValue(null, "time");
                if (time != null) {
                    day = LocalDate.parse(time);
                    continue;
                }
                String currency = xml.getAttributeValue(null, "currency");
                String rate = xml.getAttributeValue(null, "rate");
                if (currency == null || rate == null || day == null) continue;
                if (day.isBefore(from) || day.isAfter(to)) continue;
                rates.add(new FxRate(day, "EUR", currency, new BigDecimal(rate)));
            }
        } catch (XMLStreamException | DateTimeParseException | NumberFormatException e) {
            throw reply.badBody("the ECB's reference-rate XML", e);
        }
        if (!sawEnvelope) throw reply.badBody("the ECB's reference-rate XML (a gesmes:Envelope)", null);
        rates.sort(Comparator.comparing(FxRate::date).thenComparing(FxRate::quote));
        return rates;
    }
}
