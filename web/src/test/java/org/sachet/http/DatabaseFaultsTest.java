package org.sachet.http;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFaultsTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsTheDatabaseBeingUnreachable() {
        SQLException driver = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        RuntimeException jpa = new RuntimeException("Exception [EclipseLink-4002]", new EJBException(new RuntimeException(driver)));
        assertEquals("Connection to 127.0.0.1:5432 refused.", DatabaseFaults.unreachable(jpa).orElseThrow());
    }

    @Test
    void thePoolsOwnRefusalCountsEvenWithoutTheDriversState() {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: In-use connections equal max-pool-size");
        assertTrue(DatabaseFaults.unreachable(new EJBException(pool)).isPresent());
    }

    @Test
    void aConnectionFailureChainedAsTheNextExceptionCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseFaults.unreachable(batch).isPresent());
    }

    @Test
    void aRefusedRowOrAFaultOfOursIsNot() {
        assertTrue(DatabaseFaults.unreachable(new SQLIntegrityConstraintViolationException("duplicate key", "23505")).isEmpty());
        assertTrue(DatabaseFaults.unreachable(new IllegalStateException("a bug", new NullPointerException())).isEmpty());
        assertTrue(DatabaseFaults.unreachable(new RuntimeException((String) null)).isEmpty());
    }
}
