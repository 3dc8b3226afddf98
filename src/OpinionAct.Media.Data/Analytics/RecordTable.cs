using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// An entity's table as the EF model maps it, for the few statements EF Core does not make in bulk
/// (multi-row inserts, upserts): the table, the columns EF would write on insert (store-generated ones
/// excepted), and how each is read from a record and bound as EF binds it (type mapping, converter).
/// Everything comes from the model, never from a parallel list of names: a property added to the
/// entity is written without touching this class or its callers. Built once per model (one per provider).
/// </summary>
internal sealed class RecordTable<TRecord>
    where TRecord : class
{
    private static readonly ConditionalWeakTable<IModel, RecordTable<TRecord>> Tables = [];
    private static readonly ConditionalWeakTable<IModel, RecordTable<TRecord>> TablesWithKeys = [];

    private readonly Column[] _columns;
    private readonly string _table;
    private readonly string[] _key;

    private RecordTable(string table, Column[] columns, string[] key)
    {
        _table = table;
        _columns = columns;
        _key = key;
    }

    public static RecordTable<TRecord> For(DbContext db) => Tables.GetValue(db.Model, _ => Build(db, withKeys: false));

    /// <summary>
    /// The same table, but writing the primary key too, for records whose key the caller chooses although the model
    /// lets the database generate it when none is given (as EF writes a key that is set).
    /// </summary>
    public static RecordTable<TRecord> WithKeys(DbContext db) => TablesWithKeys.GetValue(db.Model, _ => Build(db, withKeys: true));

    /// <summary><c>INSERT INTO table (columns) VALUES (@p0, …), (…)</c> for <paramref name="rows"/> rows.</summary>
    public string Insert(int rows)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(_table).Append(" (").AppendJoin(", ", _columns.Select(c => c.Name)).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                sql.Append(c == 0 ? string.Empty : ", ").Append("@p").Append((r * _columns.Length) + c);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    /// <summary>One row, or nothing when its primary key is taken (<c>ON CONFLICT DO NOTHING</c>, SQLite and PostgreSQL alike).</summary>
    public string InsertIgnoringConflict() => Insert(1) + " ON CONFLICT DO NOTHING";

    /// <summary>One row; when its primary key is taken, every other column is added to the stored one.</summary>
    public string UpsertAdding() => Upsert(c => $"{c} = {_table}.{c} + excluded.{c}");

    /// <summary>One row; when its primary key is taken, every other column is replaced.</summary>
    public string UpsertReplacing() => Upsert(c => $"{c} = excluded.{c}");

    /// <summary>A command for <paramref name="sql"/> with the parameters of <paramref name="rows"/> rows, typed as EF types them.</summary>
    public DbCommand Command(DbConnection connection, string sql, int rows)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < rows * _columns.Length; i++)
        {
            var column = _columns[i % _columns.Length];
            command.Parameters.Add(column.Mapping.CreateParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), null, column.Nullable));
        }

        return command;
    }

    /// <summary>How many columns a row writes (the parameters of one row, in the order <see cref="Insert"/> names them).</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>Sets the parameters of row <paramref name="row"/> of <paramref name="command"/> from <paramref name="record"/>.</summary>
    public void Bind(DbCommand command, TRecord record, int row)
    {
        var parameters = command.Parameters;
        var offset = row * _columns.Length;
        for (var c = 0; c < _columns.Length; c++)
        {
            parameters[offset + c].Value = Value(record, c) ?? DBNull.Value;
        }
    }

    /// <summary>Column <paramref name="column"/> of <paramref name="record"/> as the provider receives it (after the property's converter), null for NULL.</summary>
    public object? Value(TRecord record, int column)
    {
        var c = _columns[column];
        var value = c.Read(record);
        return value is not null && c.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private string Upsert(Func<string, string> set) =>
        Insert(1) + " ON CONFLICT (" + string.Join(", ", _key) + ") DO UPDATE SET "
        + string.Join(", ", _columns.Select(c => c.Name).Except(_key).Select(set));

    private static RecordTable<TRecord> Build(DbContext db, bool withKeys)
    {
        var entity = db.Model.FindEntityType(typeof(TRecord)) ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not in the model.");
        var name = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Quote(IProperty p) => sql.DelimitIdentifier(p.GetColumnName(store) ?? throw new InvalidOperationException($"{typeof(TRecord).Name}.{p.Name} has no column."));

        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || (withKeys && p.IsPrimaryKey()))
            .Select(p => new Column(Quote(p), Reader(p), p.GetRelationalTypeMapping(), p.IsNullable))
            .ToArray();
        var key = entity.FindPrimaryKey()?.Properties.Select(Quote).ToArray() ?? [];
        return new RecordTable<TRecord>(sql.DelimitIdentifier(name, entity.GetSchema()), columns, key);
    }

    private static Func<TRecord, object?> Reader(IProperty property)
    {
        var clr = property.PropertyInfo ?? throw new InvalidOperationException($"{typeof(TRecord).Name}.{property.Name} is not a CLR property; the bulk writer cannot read it.");
        var record = Expression.Parameter(typeof(TRecord), "record");
        return Expression.Lambda<Func<TRecord, object?>>(Expression.Convert(Expression.Property(record, clr), typeof(object)), record).Compile();
    }

    private sealed record Column(string Name, Func<TRecord, object?> Read, RelationalTypeMapping Mapping, bool Nullable);
}
