package org.redress.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void loadsDemoDataOnTheEmbeddedDatabaseWhenNotToldOtherwise() {
        assertThat(demoData(null, h2()).enabled()).isTrue();
    }

    @Test
    void leavesPostgresqlAloneWhenNotToldOtherwise() throws SQLException {
        assertThat(demoData(null, database("PostgreSQL")).enabled()).isFalse();
    }

    @Test
    void doesWhatRedressDemoDataSays() throws SQLException {
        assertThat(demoData(false, h2()).enabled()).isFalse();
        assertThat(demoData(true, database("PostgreSQL")).enabled()).isTrue();
    }

    private static DemoData demoData(Boolean setting, DataSource dataSource) {
        return new DemoData(new DemoDataProperties(setting), dataSource, null, null, null);
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:demo-data-test;MODE=PostgreSQL");
        return h2;
    }

    private static DataSource database(String product) throws SQLException {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn(product);
        return dataSource;
    }
}
