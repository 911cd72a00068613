package org.sachet.api.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiRequestMetricsTest {

    @Path("/materials")
    static class Materials {
        @GET
        public String search() {
            return "";
        }

        @GET
        @Path("{id}/versions/latest/")
        public String latest(@PathParam("id") long id) {
            return "";
        }
    }

    /** What a container's proxy looks like: a subclass without the annotations. */
    static class MaterialsProxy extends Materials {
    }

    @Test
    void anOperationIsNamedByItsTemplateNeverByTheIdsInTheRequest() throws Exception {
        assertEquals("/api/v1/materials", ApiRequestMetrics.template(Materials.class, Materials.class.getMethod("search")));
        assertEquals("/api/v1/materials/{id}/versions/latest",
                ApiRequestMetrics.template(Materials.class, Materials.class.getMethod("latest", long.class)));
    }

    @Test
    void aProxySubclassIsNamedByTheResourceItExtends() throws Exception {
        assertEquals("/api/v1/materials/{id}/versions/latest",
                ApiRequestMetrics.template(MaterialsProxy.class, Materials.class.getMethod("latest", long.class)));
    }

    @Test
    void aMethodAClientInventedIsOneSeriesNotOneEach() {
        assertEquals("POST", ApiRequestMetrics.method("POST"));
        assertEquals("other", ApiRequestMetrics.method("FROB"));
        assertEquals("other", ApiRequestMetrics.method("get"));
    }
}
