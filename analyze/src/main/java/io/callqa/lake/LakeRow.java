package io.callqa.lake;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * A row of one lake table: knows its table schema and date partition. Its Parquet (Avro) form is
 * read off its public fields, each column {@code snake_case} taken from the field {@code snakeCase}.
 */
public interface LakeRow extends Serializable {
    /** Value of the dt=YYYY-MM-DD partition this row belongs to. */
    String partitionDate();

    Schema schema();

    default GenericRecord toRecord() {
        Schema schema = schema();
        Field[] fields = Columns.of(getClass(), schema);
        GenericData.Record r = new GenericData.Record(schema);
        try {
            for (int i = 0; i < fields.length; i++) r.put(i, fields[i].get(this));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    /** Java fields of a row class in column order, looked up once per class. */
    final class Columns {
        private static final Map<Class<?>, Field[]> CACHE = new ConcurrentHashMap<>();

        private Columns() {}

        static Field[] of(Class<?> type, Schema schema) {
            return CACHE.computeIfAbsent(type, t -> schema.getFields().stream().map(f -> field(t, f.name())).toArray(Field[]::new));
        }

        private static Field field(Class<?> type, String column) {
            StringBuilder name = new StringBuilder();
            for (String part : column.split("_")) name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            try {
                return type.getField(name.toString());
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type.getSimpleName() + " has no public field " + name + " for column " + column);
            }
        }
    }
}
