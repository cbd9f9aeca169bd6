<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../infosegura_plugin/core/sharing/layer_copy.py" line="85"/>
        <source>Could not write {} to {}: {}</source>
        <translation>No se pudo escribir {} en {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="84"/>
        <source>The Belmopan sample has no layer {}</source>
        <translation>La muestra de Belmopan no tiene la capa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="365"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="366"/>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="367"/>
        <source>not an address</source>
        <translation>no es una dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="368"/>
        <source>P.O. box</source>
        <translation>apartado postal</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="369"/>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="138"/>
        <source>Cannot open the address memory {}: {}</source>
        <translation>No se puede abrir la memoria de direcciones {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="191"/>
        <source>Cannot create the address memory {}: {}</source>
        <translation>No se puede crear la memoria de direcciones {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="232"/>
        <source>Cannot write the address memory {}: {}</source>
        <translation>No se puede escribir la memoria de direcciones {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocode_rows.py" line="219"/>
        <source>Register coordinates far from the streets were ignored; {}</source>
        <translation>Se ignoraron las coordenadas del registro, que están lejos de las calles; {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="182"/>
        <source>Coordinates given in the register</source>
        <translation>Coordenadas indicadas en el registro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="276"/>
        <source>Remembered placement ({})</source>
        <translation>Ubicación recordada ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="259"/>
        <source>Best candidate {} scored {:.0f}, below the minimum {:.0f}</source>
        <translation>El mejor candidato, {}, obtuvo {:.0f} puntos, por debajo del mínimo de {:.0f}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="459"/>
        <source>No mile marker for mile {:g} of {}; placed on the highway</source>
        <translation>No hay marcador para la milla {:g} de {}; se ubicó sobre la carretera</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="463"/>
        <source>Mile {:g} marker of {}</source>
        <translation>Marcador de la milla {:g} de {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="463"/>
        <source>Mile {:g} of {}, between two mile markers</source>
        <translation>Milla {:g} de {}, entre dos marcadores de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="467"/>
        <source>Mile {:g}, {}</source>
        <translation>Milla {:g}, {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="510"/>
        <source>Corner of {} and {}</source>
        <translation>Esquina de {} y {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="518"/>
        <source>{} and {} do not meet</source>
        <translation>{} y {} no se cruzan</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="583"/>
        <source>Only the area {} is given; placed inside it</source>
        <translation>Solo se indica el área {}; se ubicó dentro de ella</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="108"/>
        <source>Choose the {} field of layer {}</source>
        <translation>Elija el campo de {} de la capa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="112"/>
        <source>Layer {} has no field {} ({})</source>
        <translation>La capa {} no tiene el campo {} ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="176"/>
        <source>street name</source>
        <translation>nombre de calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="177"/>
        <source>street aliases</source>
        <translation>otros nombres de calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="179"/>
        <source>address range</source>
        <translation>rango de direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="221"/>
        <source>area name</source>
        <translation>nombre de área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="258"/>
        <source>landmark name</source>
        <translation>nombre del punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="259"/>
        <source>landmark aliases</source>
        <translation>otros nombres del punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="260"/>
        <source>landmark kind</source>
        <translation>tipo de punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="282"/>
        <source>highway name</source>
        <translation>nombre de carretera</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="56"/>
        <source>mile</source>
        <translation>milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="318"/>
        <source>by {}, {}, from {}</source>
        <translation>por {}, {}, fuente: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="377"/>
        <source>Layer {} has no street lines with a name in field {}</source>
        <translation>La capa {} no tiene líneas de calle con nombre en el campo {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="66"/>
        <source>{} ({})</source>
        <translation>{} ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="61"/>
        <source>{} &amp; {} ({})</source>
        <translation>{} &amp; {} ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="62"/>
        <source>{} &amp; {}</source>
        <translation>{} &amp; {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="70"/>
        <source>No. {} on the left side of {} (range {}-{})</source>
        <translation>N.º {} en el lado izquierdo de {} (rango {}-{})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="71"/>
        <source>No. {} on the right side of {} (range {}-{})</source>
        <translation>N.º {} en el lado derecho de {} (rango {}-{})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="75"/>
        <source>Placed on {}: the address gives no house number</source>
        <translation>Ubicado en {}: la dirección no indica número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="77"/>
        <source>No. {} is outside the address ranges of {}; placed on the street</source>
        <translation>El n.º {} está fuera de los rangos de direcciones de {}; se ubicó sobre la calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="79"/>
        <source>{} has no address ranges; placed on the street</source>
        <translation>{} no tiene rangos de direcciones; se ubicó sobre la calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="82"/>
        <source>{}, in {}</source>
        <translation>{}, en {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="87"/>
        <source>Opposite {} (placed at the landmark)</source>
        <translation>Frente a {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="89"/>
        <source>Behind {} (placed at the landmark)</source>
        <translation>Detrás de {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="91"/>
        <source>Next to {} (placed at the landmark)</source>
        <translation>Al lado de {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="93"/>
        <source>Near {} (placed at the landmark)</source>
        <translation>Cerca de {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="94"/>
        <source>At {}</source>
        <translation>En {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="98"/>
        <source>Blank address</source>
        <translation>Dirección en blanco</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="100"/>
        <source>A post office box, not a place</source>
        <translation>Un apartado postal, no un lugar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="102"/>
        <source>A phone number, not an address</source>
        <translation>Un número de teléfono, no una dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="103"/>
        <source>Not an address</source>
        <translation>No es una dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="116"/>
        <source>No streets named like {} and {}</source>
        <translation>No hay calles con nombres parecidos a {} y {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="118"/>
        <source>No street named like {}</source>
        <translation>No hay ninguna calle con un nombre parecido a {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="120"/>
        <source>No landmark fits {}</source>
        <translation>Ningún punto de referencia coincide con {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="122"/>
        <source>No area or landmark named {}</source>
        <translation>No hay ningún área ni punto de referencia llamado {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="124"/>
        <source>Nothing in the address to locate</source>
        <translation>La dirección no contiene nada que se pueda ubicar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="141"/>
        <source>{} streets named {}; the area given does not decide</source>
        <translation>{} calles se llaman {}; el área indicada no permite decidir</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="142"/>
        <source>{} streets named {}; no area given</source>
        <translation>{} calles se llaman {}; no se indica el área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="148"/>
        <source>{} meet at {} places; the area given does not decide</source>
        <translation>{} se cruzan en {} lugares; el área indicada no permite decidir</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="149"/>
        <source>{} meet at {} places; no area given</source>
        <translation>{} se cruzan en {} lugares; no se indica el área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="154"/>
        <source>{} landmarks fit: {}</source>
        <translation>{} puntos de referencia coinciden: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="155"/>
        <source>{} candidates within {:.0f} points of each other and over {:.0f} m apart: {}</source>
        <translation>{} candidatos a menos de {:.0f} puntos entre sí y separados por más de {:.0f} m: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="321"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/print_map.py" line="157"/>
        <source>Could not write the map image {}</source>
        <translation>No se pudo escribir la imagen del mapa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/print_map.py" line="174"/>
        <source>Could not write the map PDF {}</source>
        <translation>No se pudo escribir el PDF del mapa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="64"/>
        <source>{}: the category map cannot be read ({}).</source>
        <translation>{}: no se puede leer la tabla de equivalencias de categorías ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="78"/>
        <source>{}: the category map is not valid JSON ({}).</source>
        <translation>{}: la tabla de equivalencias de categorías no es un JSON válido ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="80"/>
        <source>{}: the category map must be a JSON object of class: category.</source>
        <translation>{}: la tabla de equivalencias de categorías debe ser un objeto JSON de la forma clase: categoría.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="96"/>
        <source>{}: line {}: &apos;{}&apos; is not a category; use one of on_premise, off_premise, occasional, unknown.</source>
        <translation>{}: línea {}: '{}' no es una categoría; use una de estas: on_premise, off_premise, occasional, unknown.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/zip_parts.py" line="39"/>
        <source>{}: the workbook is encrypted (protected by a password). Open it, remove the password and save it again.</source>
        <translation>{}: el libro está cifrado (protegido con contraseña). Ábralo, quite la contraseña y vuelva a guardarlo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/zip_parts.py" line="20"/>
        <source>{}: the workbook is damaged and cannot be read ({}).</source>
        <translation>{}: el libro está dañado y no se puede leer ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="74"/>
        <source>{} is a text file: the sheet &apos;{}&apos; is ignored.</source>
        <translation>{} es un archivo de texto: se ignora la hoja '{}'.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="96"/>
        <source>{}: the import was cancelled.</source>
        <translation>{}: se canceló la importación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="110"/>
        <source>{}: the header is there but no licence is listed below it.</source>
        <translation>{}: el encabezado está presente, pero no hay ninguna licencia debajo de él.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="146"/>
        <source>The reference date &apos;{}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La fecha de referencia '{}' no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="168"/>
        <source>{}: the file does not exist.</source>
        <translation>{}: el archivo no existe.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="170"/>
        <source>{}: this is a folder, not a register file.</source>
        <translation>{}: es una carpeta, no un archivo de registro.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="174"/>
        <source>{}: the file cannot be read ({}).</source>
        <translation>{}: no se puede leer el archivo ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="226"/>
        <source>{}: the file is empty.</source>
        <translation>{}: el archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="183"/>
        <source>{}: the workbook has no sheets.</source>
        <translation>{}: el libro no tiene hojas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="214"/>
        <source>{}: there is no sheet &apos;{}&apos;. The sheets are: {} (or give a number from 1 to {}).</source>
        <translation>{}: no existe la hoja '{}'. Las hojas son: {} (o indique un número del 1 al {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="225"/>
        <source>{}: the sheet &apos;{}&apos; is empty.</source>
        <translation>{}: la hoja '{}' está vacía.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="228"/>
        <source>{}: no header found: none of the first {} rows has headings such as Licence No., Premises, Licensee, Address, Class, Issued or Expiry. The first row reads: {}</source>
        <translation>{}: no se encontró el encabezado: ninguna de las primeras {} filas tiene títulos como Licence No., Premises, Licensee, Address, Class, Issued o Expiry. La primera fila dice: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="263"/>
        <source>{}: there is no column &apos;{}&apos; (asked for as the {} column). The columns are: {}</source>
        <translation>{}: no existe la columna '{}' (indicada como columna {}). Las columnas son: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="273"/>
        <source>{}: no column looks like an address (Address, Location, Dirección...). The columns are: {}. Name the address column with ADDRESS_FIELD.</source>
        <translation>{}: ninguna columna parece una dirección (Address, Location, Dirección...). Las columnas son: {}. Indique la columna de dirección con ADDRESS_FIELD.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="281"/>
        <source>(column {} without heading)</source>
        <translation>(columna {} sin encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="120"/>
        <source>{} text, {}-separated</source>
        <translation>texto {}, separado por {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="122"/>
        <source>sheet &apos;{}&apos;</source>
        <translation>hoja '{}'</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="128"/>
        <source>Read {} rows from {} ({}; header on row {}).</source>
        <translation>Se leyeron {} filas de {} ({}; encabezado en la fila {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="133"/>
        <source>Columns: {}.</source>
        <translation>Columnas: {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="136"/>
        <source>{} rows have issues.</source>
        <translation>{} filas tienen problemas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="143"/>
        <source>Status on {}: {} active, {} expired, {} unknown.</source>
        <translation>Estado al {}: {} vigentes, {} vencidas, {} con estado desconocido.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="147"/>
        <source>Categories: {}.</source>
        <translation>Categorías: {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="150"/>
        <source>{} rows have a point from their coordinates (EPSG:32616).</source>
        <translation>{} filas tienen un punto a partir de sus coordenadas (EPSG:32616).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="152"/>
        <source>No usable coordinates: the output is a table for the geocoder.</source>
        <translation>No hay coordenadas utilizables: el resultado es una tabla para el geocodificador.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/text_sources.py" line="85"/>
        <source>{}: the file looks like UTF-16 text but cannot be decoded; save it again as CSV (UTF-8).</source>
        <translation>{}: el archivo parece texto UTF-16, pero no se puede decodificar; vuelva a guardarlo como CSV (UTF-8).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/text_sources.py" line="89"/>
        <source>{}: this is not a text register or a spreadsheet (the file holds binary data).</source>
        <translation>{}: no es un registro de texto ni una hoja de cálculo (el archivo contiene datos binarios).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/text_sources.py" line="135"/>
        <source>{}: cannot be read as delimited text ({}).</source>
        <translation>{}: no se puede leer como texto delimitado ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook_files.py" line="66"/>
        <source>{}: this is an OpenDocument file but not a spreadsheet ({}).</source>
        <translation>{}: es un archivo OpenDocument, pero no una hoja de cálculo ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook_files.py" line="71"/>
        <source>{}: this is a Word document, not a spreadsheet.</source>
        <translation>{}: es un documento de Word, no una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook_files.py" line="72"/>
        <source>{}: this is a zip archive, not a spreadsheet.</source>
        <translation>{}: es un archivo zip, no una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook_files.py" line="40"/>
        <source>{}: the workbook is encrypted (protected by a password). Open it in Excel, remove the password and save it again.</source>
        <translation>{}: el libro está cifrado (protegido con contraseña). Ábralo en Excel, quite la contraseña y vuelva a guardarlo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/xlsx.py" line="176"/>
        <source>{}: the workbook is damaged: sheet &apos;{}&apos; is listed but missing.</source>
        <translation>{}: el libro está dañado: la hoja '{}' aparece en la lista, pero falta.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="66"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="70"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="150"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="74"/>
        <source>Outlets in the cells</source>
        <translation>Expendios en las celdas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="75"/>
        <source>Cells with at least one outlet</source>
        <translation>Celdas con al menos un expendio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="78"/>
        <source>Incidents in the cells (model fitting)</source>
        <translation>Incidentes en las celdas (ajuste del modelo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="80"/>
        <source>Incidents in the cells (validation)</source>
        <translation>Incidentes en las celdas (validación)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="61"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="86"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="86"/>
        <source>Share of area</source>
        <translation>Proporción del área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="92"/>
        <source>risk_score is the product of the relative risks of the factors present in a cell, scaled so the lowest cell scores 1. risk_class divides ln(risk_score) between 0 and its maximum into five equal intervals (fixed rules, no quantiles).</source>
        <translation>risk_score es el producto de los riesgos relativos de los factores presentes en una celda, escalado para que la celda más baja tenga 1. risk_class divide ln(risk_score) entre 0 y su máximo en cinco intervalos iguales (reglas fijas, sin cuantiles).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="102"/>
        <source>outlets</source>
        <translation>expendios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="102"/>
        <source>assets</source>
        <translation>bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="107"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="107"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="61"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="107"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="107"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="186"/>
        <source>Relative risk</source>
        <translation>Riesgo relativo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="118"/>
        <source>Top share of area</source>
        <translation>Proporción del área de mayor riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="118"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="118"/>
        <source>Hit rate</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="118"/>
        <source>PAI</source>
        <translation>PAI</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="125"/>
        <source>Cells ranked by risk score (ties by outlet kernel density). Hit rate: share of the incidents that fall in the top cells. PAI (Predictive Accuracy Index): hit rate divided by the share of area.</source>
        <translation>Celdas ordenadas por puntuación de riesgo (los empates se resuelven por la densidad kernel de expendios). Tasa de aciertos: proporción de los incidentes que caen en las celdas de mayor riesgo. PAI (índice de precisión predictiva): tasa de aciertos dividida entre la proporción del área.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="135"/>
        <source>Negative binomial</source>
        <translation>Binomial negativa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="135"/>
        <source>Poisson</source>
        <translation>Poisson</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="136"/>
        <source>Forward stepwise selection by BIC over the factors at several distances or bandwidths; relative risk = exp(coefficient). The model with the lower BIC is used.</source>
        <translation>Selección por pasos hacia adelante según el BIC entre los factores a varias distancias o anchos de banda; riesgo relativo = exp(coeficiente). Se usa el modelo con el BIC más bajo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="140"/>
        <source> (used)</source>
        <translation> (usado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="143"/>
        <source>(intercept)</source>
        <translation>(intercepto)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="148"/>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="148"/>
        <source>Coefficient</source>
        <translation>Coeficiente</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="148"/>
        <source>Std. error</source>
        <translation>Error est.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="148"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="148"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="150"/>
        <source>Log-likelihood</source>
        <translation>Log-verosimilitud</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="156"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="152"/>
        <source>Dispersion alpha</source>
        <translation>Alfa de dispersión</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="153"/>
        <source>Statistic</source>
        <translation>Estadístico</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="154"/>
        <source>start (intercept only)</source>
        <translation>inicio (solo intercepto)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="156"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="162"/>
        <source>{} (within {} m)</source>
        <translation>{} (a menos de {} m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="163"/>
        <source>{} (high density, bandwidth {} m)</source>
        <translation>{} (alta densidad, ancho de banda {} m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="75"/>
        <source>within {} m</source>
        <translation>a menos de {} m</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="76"/>
        <source>high density (bandwidth {} m, &gt; mean + {} SD)</source>
        <translation>alta densidad (ancho de banda {} m, &gt; media + {} DE)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="114"/>
        <source>Risk model {}: file not found</source>
        <translation>Modelo de riesgo {}: no se encontró el archivo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="116"/>
        <source>Risk model {}: not a readable JSON file ({})</source>
        <translation>Modelo de riesgo {}: no es un archivo JSON legible ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="133"/>
        <source>Risk model {}: the file must hold a JSON object</source>
        <translation>Modelo de riesgo {}: el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="136"/>
        <source>Risk model {}: &apos;label&apos; must be a non-empty text</source>
        <translation>Modelo de riesgo {}: 'label' debe ser un texto no vacío</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="139"/>
        <source>Risk model {}: &apos;factors&apos; must be a non-empty list</source>
        <translation>Modelo de riesgo {}: 'factors' debe ser una lista no vacía</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="144"/>
        <source>Risk model {}: factor {}: &apos;id&apos; {} is used twice</source>
        <translation>Modelo de riesgo {}: factor {}: el 'id' {} se usa dos veces</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="158"/>
        <source>Risk model {}: factor {}: &apos;{}&apos; {}</source>
        <translation>Modelo de riesgo {}: factor {}: '{}' {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="161"/>
        <source>Risk model {}: factor {} must be a JSON object</source>
        <translation>Modelo de riesgo {}: el factor {} debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="166"/>
        <source>is not a known key</source>
        <translation>no es una clave conocida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="169"/>
        <source>must be lower-case letters, digits and _ (a field name, at most 31 characters)</source>
        <translation>debe contener letras minúsculas, dígitos y _ (un nombre de campo de 31 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="174"/>
        <source>must be &apos;outlets&apos; or &apos;assets&apos;</source>
        <translation>debe ser 'outlets' o 'assets'</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="177"/>
        <source>must be a non-empty list of category names (or [&quot;*&quot;] for all)</source>
        <translation>debe ser una lista no vacía de nombres de categoría (o [&quot;*&quot;] para todas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="185"/>
        <source>must be &apos;proximity&apos; or &apos;density&apos;</source>
        <translation>debe ser 'proximity' o 'density'</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="189"/>
        <source>must be a positive number of metres</source>
        <translation>debe ser un número positivo de metros</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="192"/>
        <source>must be a positive number</source>
        <translation>debe ser un número positivo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="198"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="200"/>
        <source>must be below 1 for a protective factor and at least 1 otherwise</source>
        <translation>debe ser menor que 1 para un factor protector y al menos 1 en los demás casos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="203"/>
        <source>must be a number of standard deviations (0 or more)</source>
        <translation>debe ser un número de desviaciones estándar (0 o más)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="206"/>
        <source>must be a field name</source>
        <translation>debe ser un nombre de campo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="211"/>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_classes.py" line="51"/>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_classes.py" line="51"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_classes.py" line="51"/>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_classes.py" line="52"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_classes.py" line="52"/>
        <source>very high</source>
        <translation>muy alto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="160"/>
        <source>No outlet lies in the study area: the grid reflects outlets outside it only.</source>
        <translation>Ningún expendio está dentro del área de estudio: la cuadrícula solo refleja expendios que están fuera de ella.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="175"/>
        <source>No factor improved the fit (BIC): every cell has the same risk.</source>
        <translation>Ningún factor mejoró el ajuste (BIC): todas las celdas tienen el mismo riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="191"/>
        <source>{} validation incidents lie outside the grid and were not counted.</source>
        <translation>{} incidentes de validación están fuera de la cuadrícula y no se contaron.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="195"/>
        <source>Hexagon cells: {} m between neighbouring centres (flat to flat).</source>
        <translation>Celdas hexagonales: {} m entre centros vecinos (de lado a lado).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="228"/>
        <source>Factor {}: no {} layer given; the factor is absent everywhere.</source>
        <translation>Factor {}: no se indicó la capa {}; el factor está ausente en todas partes.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="232"/>
        <source>Factor {}: no {} feature has category {}; the factor is absent everywhere.</source>
        <translation>Factor {}: ninguna entidad de la capa {} tiene la categoría {}; el factor está ausente en todas partes.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="287"/>
        <source>fitted from {} incidents</source>
        <translation>ajustado a partir de {} incidentes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="288"/>
        <source>Candidate factors from the model &apos;{}&apos;; relative risks fitted to the incidents.</source>
        <translation>Factores candidatos del modelo '{}'; riesgos relativos ajustados a los incidentes.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="454"/>
        <source>Mile {:g} is beyond the mile markers of {} (miles {:g} to {:g}): not on this map</source>
        <translation>La milla {:g} está más allá de los marcadores de milla de {} (millas {:g} a {:g}): no está en este mapa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="62"/>
        <source>Risk terrain model</source>
        <translation>Modelo de terreno de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="70"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="85"/>
        <source>Risk classes</source>
        <translation>Clases de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="97"/>
        <source>Factors</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="112"/>
        <source>No factor in the model: every cell has the same risk.</source>
        <translation>El modelo no tiene factores: todas las celdas tienen el mismo riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="117"/>
        <source>Validation against later incidents</source>
        <translation>Validación con incidentes posteriores</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="136"/>
        <source>Fitted from incidents</source>
        <translation>Ajustado a partir de incidentes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="205"/>
        <source>Hot spots need at least {} cells; this grid has {}: no Gi* columns.</source>
        <translation>Los puntos calientes necesitan al menos {} celdas; esta cuadrícula tiene {}: sin columnas Gi*.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="211"/>
        <source>{} is the same in every cell: no hot spots to find, no Gi* columns.</source>
        <translation>{} es igual en todas las celdas: no hay puntos calientes que buscar, sin columnas Gi*.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="149"/>
        <source>Risk model {}: the relative risks multiply to more than 1e300: use values between 1/{} and {}</source>
        <translation>Modelo de riesgo {}: los riesgos relativos multiplicados superan 1e300: use valores entre 1/{} y {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="171"/>
        <source>is the name of a grid field ({}): choose another id</source>
        <translation>es el nombre de un campo de la cuadrícula ({}): elija otro id</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="180"/>
        <source>names sensitive places ({}): a risk layer built on them would show where they are. Remove them from the model (a [&quot;*&quot;] wildcard leaves them out by itself)</source>
        <translation>nombra lugares sensibles ({}): una capa de riesgo construida sobre ellos mostraría dónde están. Quítelos del modelo (el comodín [&quot;*&quot;] los deja fuera por sí solo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="194"/>
        <source>must lie between {} and {} (it is {})</source>
        <translation>debe estar entre {} y {} (es {})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="208"/>
        <source>is a sensitive-flag field: a factor may not select places by it</source>
        <translation>es un campo que marca lugares sensibles: un factor no puede seleccionar lugares por él</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="83"/>
        <source>The folder {} does not exist: choose an existing folder for {}.</source>
        <translation>La carpeta {} no existe: elija una carpeta existente para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="86"/>
        <source>The folder {} is not writable: choose another place for {}.</source>
        <translation>No se puede escribir en la carpeta {}: elija otro lugar para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="93"/>
        <source>Cannot write in the folder {}: {}</source>
        <translation>No se puede escribir en la carpeta {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="149"/>
        <source>The output {} was not written.</source>
        <translation>La salida {} no se escribió.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="157"/>
        <source>Could not move the finished output into place as {}: {}</source>
        <translation>No se pudo poner la salida terminada en su lugar como {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="190"/>
        <source>The output table {} was not written.</source>
        <translation>La tabla de salida {} no se escribió.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="193"/>
        <source>{} is not a GeoPackage this plugin can write to (or it is read-only): choose another file.</source>
        <translation>{} no es un GeoPackage en el que este complemento pueda escribir (o es de solo lectura): elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="202"/>
        <source>Could not write the table {} into {}.</source>
        <translation>No se pudo escribir la tabla {} en {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="205"/>
        <source>Could not start writing to {}: is it open for editing elsewhere?</source>
        <translation>No se pudo empezar a escribir en {}: ¿está abierto para edición en otro programa?</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="212"/>
        <source>Could not save the table {} into {}.</source>
        <translation>No se pudo guardar la tabla {} en {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="228"/>
        <source>Could not replace the table {}.</source>
        <translation>No se pudo reemplazar la tabla {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="236"/>
        <source>Could not rename the table {} to {}.</source>
        <translation>No se pudo renombrar la tabla {} a {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="392"/>
        <source>Interrupted (signal {}): nothing was written; the previous files are kept.</source>
        <translation>Interrumpido (señal {}): no se escribió nada; se conservan los archivos anteriores.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="530"/>
        <source>Interrupted: nothing was written; the previous files are kept.</source>
        <translation>Interrumpido: no se escribió nada; se conservan los archivos anteriores.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="124"/>
        <source>{} exists and is not a GeoPackage: choose another file name (.gpkg), or delete it first.</source>
        <translation>{} existe y no es un GeoPackage: elija otro nombre de archivo (.gpkg) o bórrelo primero.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="280"/>
        <source>Remembered at {} places: {}</source>
        <translation>Recordada en {} lugares: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="178"/>
        <source>street town</source>
        <translation>pueblo de la calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="233"/>
        <source>town name</source>
        <translation>nombre del pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="107"/>
        <source>In another town ({}), outside the reference layers</source>
        <translation>En otro pueblo ({}), fuera de las capas de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="110"/>
        <source>Only the town {} is given: too coarse to place a premises; place it by hand</source>
        <translation>Solo se indica el pueblo {}: demasiado impreciso para ubicar un establecimiento; ubíquelo a mano</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="126"/>
        <source>{} in {}</source>
        <translation>{} en {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="138"/>
        <source>{} streets named {}, in {}; no town given</source>
        <translation>{} calles llamadas {}, en {}; no se indica el pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="145"/>
        <source>{} meet at {} places, in {}; no town given</source>
        <translation>{} se cruzan en {} lugares, en {}; no se indica el pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="152"/>
        <source>{} landmarks fit, in {}; no town given: {}</source>
        <translation>{} puntos de referencia coinciden, en {}; no se indica el pueblo: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="327"/>
        <source>{}: the folder {} does not exist. Choose an existing folder for {}.</source>
        <translation>{}: la carpeta {} no existe. Elija una carpeta existente para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="330"/>
        <source>{}: the folder {} is not writable. Choose another folder for {}.</source>
        <translation>{}: no se puede escribir en la carpeta {}. Elija otra carpeta para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="334"/>
        <source>{}: {} is a folder or a read-only file. Choose another file name.</source>
        <translation>{}: {} es una carpeta o un archivo de solo lectura. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/crs_checks.py" line="15"/>
        <source>The layer {} ({}) has no coordinate reference system (or an unknown one), so its coordinates cannot be placed. Set its CRS (Layer Properties &gt; Source) first.</source>
        <translation>La capa {} ({}) no tiene sistema de referencia de coordenadas (o tiene uno desconocido), así que sus coordenadas no se pueden ubicar. Asigne primero su SRC (Propiedades de la capa &gt; Fuente).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/crs_checks.py" line="25"/>
        <source>The layer {} ({}) is in a geographic CRS ({}): distances and areas need metres. Reproject it to a projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first.</source>
        <translation>La capa {} ({}) está en un SRC geográfico ({}): las distancias y áreas necesitan metros. Reproyéctela primero a un SRC proyectado (para Belice, EPSG:32616 WGS 84 / UTM 16N).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="101"/>
        <source>The address memory {} is a folder: choose a .gpkg file.</source>
        <translation>La memoria de direcciones {} es una carpeta: elija un archivo .gpkg.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="104"/>
        <source>The address memory {} cannot be made: {} is a file, not a folder. Choose a .gpkg file in a folder.</source>
        <translation>No se puede crear la memoria de direcciones {}: {} es un archivo, no una carpeta. Elija un archivo .gpkg dentro de una carpeta.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="109"/>
        <source>The address memory {} is not a GeoPackage, so it was left untouched: choose the address memory InfoSegura made (a .gpkg file), or a new file name.</source>
        <translation>La memoria de direcciones {} no es un GeoPackage, así que no se tocó: elija la memoria de direcciones que creó InfoSegura (un archivo .gpkg) o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="114"/>
        <source>The address memory {} is read-only, so nothing was remembered: make the file and its folder writable, or choose another file.</source>
        <translation>La memoria de direcciones {} es de solo lectura, así que no se recordó nada: permita escribir en el archivo y su carpeta, o elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="120"/>
        <source>{} is a GeoPackage of other data, not an address memory (it has no table address_memory): choose the address memory InfoSegura made, or a new file name.</source>
        <translation>{} es un GeoPackage con otros datos, no una memoria de direcciones (no tiene la tabla address_memory): elija la memoria de direcciones que creó InfoSegura o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="127"/>
        <source>The table address_memory of {} was not made by InfoSegura (it has no field {}): choose the address memory InfoSegura made, or a new file name.</source>
        <translation>La tabla address_memory de {} no la creó InfoSegura (no tiene el campo {}): elija la memoria de direcciones que creó InfoSegura o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="199"/>
        <source>Cannot open the address memory {}</source>
        <translation>No se puede abrir la memoria de direcciones {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocode_rows.py" line="244"/>
        <source>Could not write the geocoded rows: {}</source>
        <translation>No se pudieron escribir las filas geocodificadas: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="321"/>
        <source>{} remembered placements in {} have no usable coordinate reference system and were skipped (for example: {}). Remember them again from a layer with a known CRS.</source>
        <translation>{} ubicaciones recordadas en {} no tienen un sistema de referencia de coordenadas utilizable y se omitieron (por ejemplo: {}). Recuérdelas de nuevo desde una capa con un SRC conocido.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/grid.py" line="199"/>
        <source>A {} m grid over {} would have about {} cells (the limit is {}): about {} minutes and {} MB on disk. Use a larger cell size or a smaller study area, or raise &apos;Maximum number of cells&apos; (advanced) if this machine can take it.</source>
        <translation>Una cuadrícula de {} m sobre {} tendría unas {} celdas (el límite es {}): unos {} minutos y {} MB en disco. Use celdas más grandes o un área de estudio más pequeña, o suba 'Número máximo de celdas' (avanzado) si este equipo lo soporta.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/grid.py" line="211"/>
        <source>About {} cells, {} MB on disk, {} minutes</source>
        <translation>Unas {} celdas, {} MB en disco, {} minutos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/hotspot_inputs.py" line="29"/>
        <source>The layer {} has {} polygons with a value in {}: Gi* needs at least 30 for its statistics to mean anything. Use a larger area or smaller cells.</source>
        <translation>La capa {} tiene {} polígonos con valor en {}: Gi* necesita al menos 30 para que sus estadísticos tengan sentido. Use un área más grande o celdas más pequeñas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/hotspot_inputs.py" line="33"/>
        <source>Every polygon of {} has the same {} ({}): there is no hot or cold spot to find.</source>
        <translation>Todos los polígonos de {} tienen el mismo valor de {} ({}): no hay puntos calientes ni fríos que encontrar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/hotspot_inputs.py" line="67"/>
        <source>A distance band of {} m links every polygon of {} with every other (they all lie within {} m): every Gi* would be the same. Use a smaller band (0 picks one for you) or contiguity.</source>
        <translation>Una banda de distancia de {} m une cada polígono de {} con todos los demás (todos están a menos de {} m): todos los Gi* serían iguales. Use una banda más pequeña (0 elige una por usted) o la contigüidad.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/hotspot_inputs.py" line="73"/>
        <source>A distance band of {} m would give the {} polygons of {} about {} neighbours each ({} million pairs, more than this analysis can hold): use a smaller band (0 picks one for you) or contiguity.</source>
        <translation>Una banda de distancia de {} m daría a los {} polígonos de {} unos {} vecinos cada uno ({} millones de pares, más de lo que este análisis puede manejar): use una banda más pequeña (0 elige una por usted) o la contigüidad.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/hotspot_inputs.py" line="83"/>
        <source>No polygon of {} has a neighbour with this neighbourhood: use contiguity or a larger distance band.</source>
        <translation>Ningún polígono de {} tiene vecinos con esta vecindad: use la contigüidad o una banda de distancia más grande.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/hotspot_inputs.py" line="89"/>
        <source>{} polygons have no neighbour (feature ids {}{}): they get gi_class 0 and no z-score.</source>
        <translation>{} polígonos no tienen vecinos (id de entidad {}{}): reciben gi_class 0 y ninguna puntuación z.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/kernels.py" line="53"/>
        <source>A kernel radius of {} m over {} points and {} cells would take about {} billion evaluations: use a radius of a few hundred metres (the kernel&apos;s meaning is local), or fewer, larger cells.</source>
        <translation>Un radio de núcleo de {} m sobre {} puntos y {} celdas requeriría unos {} mil millones de evaluaciones: use un radio de unos cientos de metros (el núcleo tiene un sentido local) o menos celdas y más grandes.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="118"/>
        <source>Risk model {}: the JSON is nested too deeply to be a risk model; see resources/models/README.md for the format</source>
        <translation>Modelo de riesgo {}: el JSON está anidado demasiado profundo para ser un modelo de riesgo; vea el formato en resources/models/README.md</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/terrain.py" line="281"/>
        <source>The fitted relative risk of {} ({}) is beyond what the incidents can support; {} is used. Fit on more incidents or drop the factor.</source>
        <translation>El riesgo relativo ajustado de {} ({}) va más allá de lo que los incidentes pueden sostener; se usa {}. Ajuste con más incidentes o quite el factor.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="49"/>
        <source>Licence application check</source>
        <translation>Revisión de solicitud de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="53"/>
        <source>Proposed: {}</source>
        <translation>Propuesto: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="55"/>
        <source>Address: {}</source>
        <translation>Dirección: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="56"/>
        <source>Location: {} E, {} N</source>
        <translation>Ubicación: {} E, {} N</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="59"/>
        <source>Reference: {}</source>
        <translation>Referencia: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="60"/>
        <source>Checked on {}</source>
        <translation>Revisado el {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="96"/>
        <source>Schools and youth places</source>
        <translation>Escuelas y lugares para jóvenes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="74"/>
        <source>Licensed outlets, all</source>
        <translation>Expendios con licencia, todos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="75"/>
        <source>Outlets per km², now</source>
        <translation>Expendios por km², ahora</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="76"/>
        <source>Outlets per km², with this one</source>
        <translation>Expendios por km², con este</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="89"/>
        <source>Prepared with InfoSegura (QGIS), offline. Distances are straight lines from the proposed site.</source>
        <translation>Preparado con InfoSegura (QGIS), sin conexión. Las distancias son en línea recta desde el sitio propuesto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="95"/>
        <source>Proposed premises</source>
        <translation>Establecimiento propuesto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="100"/>
        <source>Distances</source>
        <translation>Distancias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="100"/>
        <source>{} m</source>
        <translation>{} m</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="103"/>
        <source>Risk class of the grid</source>
        <translation>Clase de riesgo de la cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="109"/>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="30"/>
        <source>Streets</source>
        <translation>Calles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="124"/>
        <source>star: proposed premises</source>
        <translation>estrella: establecimiento propuesto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="124"/>
        <source>blue squares: schools and youth places</source>
        <translation>cuadrados azules: escuelas y lugares para jóvenes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="125"/>
        <source>circles and triangles: licensed outlets</source>
        <translation>círculos y triángulos: expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="125"/>
        <source>dashed rings: distances</source>
        <translation>anillos discontinuos: distancias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="128"/>
        <source>Within each distance</source>
        <translation>Dentro de cada distancia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report_pdf.py" line="148"/>
        <source>At a glance</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="15"/>
        <source>school</source>
        <translation>escuela</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="15"/>
        <source>schools</source>
        <translation>escuelas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="16"/>
        <source>youth centre</source>
        <translation>centro juvenil</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="16"/>
        <source>youth centres</source>
        <translation>centros juveniles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="17"/>
        <source>playground</source>
        <translation>área de juegos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="17"/>
        <source>playgrounds</source>
        <translation>áreas de juegos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="18"/>
        <source>park</source>
        <translation>parque</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="18"/>
        <source>parks</source>
        <translation>parques</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="19"/>
        <source>church</source>
        <translation>iglesia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="19"/>
        <source>churches</source>
        <translation>iglesias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="20"/>
        <source>community centre</source>
        <translation>centro comunitario</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="20"/>
        <source>community centres</source>
        <translation>centros comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="21"/>
        <source>health centre</source>
        <translation>centro de salud</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="21"/>
        <source>health centres</source>
        <translation>centros de salud</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="22"/>
        <source>on-premise outlet</source>
        <translation>expendio para consumo en el local</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="22"/>
        <source>on-premise outlets</source>
        <translation>expendios para consumo en el local</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="23"/>
        <source>off-premise outlet</source>
        <translation>expendio para llevar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="23"/>
        <source>off-premise outlets</source>
        <translation>expendios para llevar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="24"/>
        <source>occasional licence</source>
        <translation>licencia ocasional</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="24"/>
        <source>occasional licences</source>
        <translation>licencias ocasionales</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="25"/>
        <source>outlet of another kind</source>
        <translation>expendio de otro tipo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="25"/>
        <source>outlets of another kind</source>
        <translation>expendios de otro tipo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="34"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="69"/>
        <source>{} within {} m.</source>
        <translation>{} a menos de {} m.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="71"/>
        <source>No school or youth place within {} m.</source>
        <translation>Ninguna escuela ni lugar para jóvenes a menos de {} m.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="74"/>
        <source>The nearest school or youth place is {} ({}), {} m away.</source>
        <translation>La escuela o el lugar para jóvenes más cercano es {} ({}), a {} m.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="74"/>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="81"/>
        <source>{} licensed outlets already within {} m ({}); with this one {}: {} instead of {} outlets per km² around the site.</source>
        <translation>{} expendios con licencia ya a menos de {} m ({}); con este, {}: {} en lugar de {} expendios por km² alrededor del sitio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="86"/>
        <source>No licensed outlet within {} m; this one would be the first ({} outlets per km² around the site).</source>
        <translation>Ningún expendio con licencia a menos de {} m; este sería el primero ({} expendios por km² alrededor del sitio).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="90"/>
        <source>The community</source>
        <translation>La comunidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="94"/>
        <source>{} ranks {} of {} communities by risk (typical risk: {}).</source>
        <translation>{} ocupa el puesto {} de {} comunidades por riesgo (riesgo típico: {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="97"/>
        <source>{} ranks {} of {} communities by outlet density.</source>
        <translation>{} ocupa el puesto {} de {} comunidades por densidad de expendios.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="100"/>
        <source>Counting this outlet it would rank {} (typical risk: {}).</source>
        <translation>Contando este expendio ocuparía el puesto {} (riesgo típico: {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="102"/>
        <source>Counting this outlet it would keep its rank.</source>
        <translation>Contando este expendio mantendría su puesto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="104"/>
        <source>{} has {} licensed outlets per 1,000 residents; with this one {}.</source>
        <translation>{} tiene {} expendios con licencia por cada 1.000 residentes; con este, {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="109"/>
        <source>The site lies in a cell of {} risk (risk score {}); with this outlet: {} risk ({}).</source>
        <translation>El sitio está en una celda de riesgo {} (puntuación de riesgo {}); con este expendio: riesgo {} ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="112"/>
        <source>{} of the {} cells of the risk grid would change risk class.</source>
        <translation>{} de las {} celdas de la cuadrícula de riesgo cambiarían de clase de riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="115"/>
        <source>The site lies in a cell of {} risk (risk score {}).</source>
        <translation>El sitio está en una celda de riesgo {} (puntuación de riesgo {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="119"/>
        <source>The site is in a hot spot of the risk grid (Gi*, {}% confidence).</source>
        <translation>El sitio está en un punto caliente de la cuadrícula de riesgo (Gi*, {}% de confianza).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="122"/>
        <source>The site is in a cold spot of the risk grid (Gi*).</source>
        <translation>El sitio está en un punto frío de la cuadrícula de riesgo (Gi*).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="124"/>
        <source>The site is not in a significant hot spot of the risk grid (Gi*).</source>
        <translation>El sitio no está en un punto caliente significativo de la cuadrícula de riesgo (Gi*).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/sentences.py" line="129"/>
        <source>These are facts for the licensing board, not a recommendation: the decision is the board&apos;s. Places protected for safety (shelters and similar) are never shown or counted.</source>
        <translation>Estos son hechos para la junta de licencias, no una recomendación: la decisión es de la junta. Los lugares protegidos por seguridad (albergues y similares) nunca se muestran ni se cuentan.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="268"/>
        <source>placed on the map</source>
        <translation>ubicado en el mapa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="305"/>
        <source>placed from the address</source>
        <translation>ubicado a partir de la dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/application_check/report.py" line="127"/>
        <source>hexagons: risk class of the grid, from pale (very low) to dark (very high)</source>
        <translation>hexágonos: clase de riesgo de la cuadrícula, de clara (muy bajo) a oscura (muy alto)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/geocoder_task.py" line="117"/>
        <source>Building the street index</source>
        <translation>Construyendo el índice de calles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/geocoder_task.py" line="138"/>
        <source>Building the street index was canceled.</source>
        <translation>Se canceló la construcción del índice de calles.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/geocoder_task.py" line="182"/>
        <source>Choose the street layer and its name field under Project data first.</source>
        <translation>Primero elija la capa de calles y su campo de nombre en Datos del proyecto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/memory_task.py" line="30"/>
        <source>Layer {} has no known coordinate reference system, so its points cannot be remembered (they would land in the wrong place next year). Set the layer&apos;s CRS (Layer Properties &gt; Source), then save again.</source>
        <translation>La capa {} no tiene un sistema de referencia de coordenadas conocido, así que sus puntos no se pueden recordar (el próximo año caerían en el lugar equivocado). Asigne el SRC de la capa (Propiedades de la capa &gt; Fuente) y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/memory_task.py" line="76"/>
        <source>Saving {} reviewed placements to the address memory</source>
        <translation>Guardando {} ubicaciones revisadas en la memoria de direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/memory_task.py" line="84"/>
        <source>Saving to the address memory was canceled.</source>
        <translation>Se canceló el guardado en la memoria de direcciones.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="31"/>
        <source>Areas (neighbourhoods)</source>
        <translation>Áreas (barrios)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="32"/>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="34"/>
        <source>Highway mile markers</source>
        <translation>Marcadores de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="35"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="36"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="54"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="54"/>
        <source>other names</source>
        <translation>otros nombres</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="50"/>
        <source>town</source>
        <translation>localidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="50"/>
        <source>left: from number</source>
        <translation>izquierda: desde el número</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="51"/>
        <source>left: to number</source>
        <translation>izquierda: hasta el número</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="51"/>
        <source>right: from number</source>
        <translation>derecha: desde el número</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="52"/>
        <source>right: to number</source>
        <translation>derecha: hasta el número</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="53"/>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="55"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="55"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="56"/>
        <source>highway</source>
        <translation>carretera</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="66"/>
        <source>Project data</source>
        <translation>Datos del proyecto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="85"/>
        <source>Fields (guessed from the layers)</source>
        <translation>Campos (deducidos de las capas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="126"/>
        <source>Minimum geocoding score</source>
        <translation>Puntuación mínima de geocodificación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="127"/>
        <source>Use the address memory</source>
        <translation>Usar la memoria de direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="36"/>
        <source>Row {} is no longer in layer {}.</source>
        <translation>La fila {} ya no está en la capa {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="38"/>
        <source>Layer {} cannot be edited (read-only source?). Save it as a GeoPackage and review the copy.</source>
        <translation>La capa {} no se puede editar (¿fuente de solo lectura?). Guárdela como GeoPackage y revise la copia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="61"/>
        <source>{}: reviewed, took candidate {} ({}, {} {:.0f})</source>
        <translation>{}: revisada, se tomó el candidato {} ({}, {} {:.0f})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="63"/>
        <source>Take candidate {}</source>
        <translation>Tomar el candidato {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="70"/>
        <source>{}: reviewed, placed on the map (snapped to {})</source>
        <translation>{}: revisada, ubicada en el mapa (ajustada a {})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="72"/>
        <source>{}: reviewed, placed on the map</source>
        <translation>{}: revisada, ubicada en el mapa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="73"/>
        <source>Place on the map</source>
        <translation>Ubicar en el mapa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="81"/>
        <source>This row has no point to confirm: take a candidate or place it on the map.</source>
        <translation>Esta fila no tiene punto que confirmar: tome un candidato o ubíquela en el mapa.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="82"/>
        <source>{}: reviewed, confirmed the {} match (score {:.0f})</source>
        <translation>{}: revisada, se confirmó la ubicación {} (puntuación {:.0f})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="84"/>
        <source>Confirm the match</source>
        <translation>Confirmar la ubicación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="89"/>
        <source>{}: reviewed, left unmatched: {}</source>
        <translation>{}: revisada, se dejó sin ubicar: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="133"/>
        <source>Leave unmatched</source>
        <translation>Dejar sin ubicar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="100"/>
        <source>{}: address edited and geocoded again</source>
        <translation>{}: dirección corregida y geocodificada de nuevo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_edits.py" line="104"/>
        <source>Edit the address and geocode again</source>
        <translation>Corregir la dirección y geocodificar de nuevo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="18"/>
        <source>tied</source>
        <translation>empatada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="18"/>
        <source>unmatched</source>
        <translation>no ubicada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="18"/>
        <source>low score</source>
        <translation>puntuación baja</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="19"/>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="58"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="58"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="107"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="58"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="67"/>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="107"/>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_model.py" line="107"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="39"/>
        <source>outside the map</source>
        <translation>fuera del mapa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="39"/>
        <source>not a premises</source>
        <translation>no es un establecimiento</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="39"/>
        <source>licence lapsed</source>
        <translation>licencia vencida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="39"/>
        <source>address unknown</source>
        <translation>dirección desconocida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="55"/>
        <source>Geocoded layer</source>
        <translation>Capa geocodificada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="60"/>
        <source>Matched rows scoring below this are listed as &apos;low score&apos; for checking.</source>
        <translation>Las filas ubicadas con menos puntos que este valor se listan como 'puntuación baja' para revisarlas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="61"/>
        <source>Check matches scoring below</source>
        <translation>Revisar ubicaciones con puntuación menor que</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="72"/>
        <source>Tied</source>
        <translation>Empatadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="72"/>
        <source>Unmatched</source>
        <translation>No ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="72"/>
        <source>Low score</source>
        <translation>Puntuación baja</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="72"/>
        <source>Reviewed</source>
        <translation>Revisadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="81"/>
        <source>Filter by address or note...</source>
        <translation>Filtrar por dirección o nota...</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="107"/>
        <source>Settle the selected row</source>
        <translation>Resolver la fila elegida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="110"/>
        <source>Take (1-9)</source>
        <translation>Tomar (1-9)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="111"/>
        <source>Place the row at the selected candidate (keys 1-9: that candidate)</source>
        <translation>Ubicar la fila en el candidato elegido (teclas 1-9: ese candidato)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="112"/>
        <source>Place (P)</source>
        <translation>Ubicar (P)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="113"/>
        <source>Click on the map where the premises is</source>
        <translation>Haga clic en el mapa donde está el establecimiento</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="114"/>
        <source>Confirm (Enter)</source>
        <translation>Confirmar (Intro)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="115"/>
        <source>The row is right where it is: confirm it</source>
        <translation>La fila está bien donde está: confírmela</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="120"/>
        <source>Snap to streets when placing</source>
        <translation>Ajustar a las calles al ubicar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="124"/>
        <source>Corrected address</source>
        <translation>Dirección corregida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="125"/>
        <source>Geocode again</source>
        <translation>Geocodificar de nuevo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="139"/>
        <source>Save reviewed placements to the address memory</source>
        <translation>Guardar las ubicaciones revisadas en la memoria de direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_widgets.py" line="142"/>
        <source>Keys in the list: Up/Down move, 1-9 take that candidate, P place on the map (Esc cancels), Enter confirm. Every change goes into the layer&apos;s edit buffer: Undo works; save the layer edits when you are done.</source>
        <translation>Teclas en la lista: Arriba/Abajo para moverse, 1-9 toma ese candidato, P ubica en el mapa (Esc cancela), Intro confirma. Cada cambio queda en el búfer de edición de la capa: Deshacer funciona; guarde los cambios de la capa al terminar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/sample_task.py" line="37"/>
        <source>Belmopan sample (synthetic)</source>
        <translation>Muestra de Belmopan (sintética)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/sample_task.py" line="64"/>
        <source>Loading the Belmopan sample</source>
        <translation>Cargando la muestra de Belmopan</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/sample_task.py" line="95"/>
        <source>Loading the sample was canceled.</source>
        <translation>Se canceló la carga de la muestra.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="33"/>
        <source>Towns and villages (optional)</source>
        <translation>Pueblos y aldeas (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="108"/>
        <source>none: the town the register names most</source>
        <translation>vacío: el pueblo que el registro nombra más</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/project_data_panel.py" line="121"/>
        <source>town of streets without one</source>
        <translation>pueblo de las calles sin pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="90"/>
        <source>The layout template {} cannot be read: {}</source>
        <translation>No se puede leer la plantilla de diseño {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="92"/>
        <source>The layout template {} is not a QGIS layout template (.qpt).</source>
        <translation>La plantilla de diseño {} no es una plantilla de diseño de QGIS (.qpt).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="96"/>
        <source>QGIS could not load the layout template {}.</source>
        <translation>QGIS no pudo cargar la plantilla de diseño {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="101"/>
        <source>The layout template {} lacks the items {}: keep their ids when you restyle it (Item Properties &gt; Id).</source>
        <translation>A la plantilla de diseño {} le faltan los elementos {}: conserve sus identificadores al cambiar su estilo (Propiedades del elemento &gt; Id).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="104"/>
        <source>The layout template {} needs two pages: the cover and the neighbourhood page.</source>
        <translation>La plantilla de diseño {} necesita dos páginas: la portada y la página del barrio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="113"/>
        <source>The layer {} has no neighbourhood: nothing to print.</source>
        <translation>La capa {} no tiene ningún barrio: no hay nada que imprimir.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="138"/>
        <source>Could not write the atlas {}: {}</source>
        <translation>No se pudo escribir el atlas {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="176"/>
        <source>Outlet near a school or youth place</source>
        <translation>Expendio cerca de una escuela o lugar juvenil</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="189"/>
        <source>Neighbourhoods by risk level</source>
        <translation>Barrios por nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="190"/>
        <source>Neighbourhoods</source>
        <translation>Barrios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="222"/>
        <source>PUBLIC</source>
        <translation>PÚBLICO</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="222"/>
        <source>RESTRICTED</source>
        <translation>RESTRINGIDO</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="228"/>
        <source>{} · Risk model: {} · {} neighbourhoods</source>
        <translation>{} · Modelo de riesgo: {} · {} barrios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="230"/>
        <source>Communities ranked by risk</source>
        <translation>Comunidades ordenadas por riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="231"/>
        <source>Per 1,000: licensed outlets per 1,000 residents. Conflicts: outlets near a school or youth place. Mean risk: mean relative risk of the area&apos;s grid cells (1 = the lowest cell of the study area). Each following page shows one neighbourhood, in rank order. Sensitive places (shelters, victim services) are never shown.</source>
        <translation>Por 1.000: expendios con licencia por cada 1.000 habitantes. Conflictos: expendios cerca de una escuela o lugar juvenil. Riesgo medio: riesgo relativo medio de las celdas del área (1 = la celda más baja del área de estudio). Cada página siguiente muestra un barrio, en orden de riesgo. Los lugares sensibles (albergues, servicios a víctimas) nunca se muestran.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="250"/>
        <source>Neighbourhood</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="250"/>
        <source>Outlets</source>
        <translation>Expendios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="251"/>
        <source>Per 1,000</source>
        <translation>Por 1.000</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="251"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="252"/>
        <source>Mean risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Mean relative risk</source>
        <translation>Riesgo relativo medio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Highest relative risk</source>
        <translation>Riesgo relativo máximo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Area in the top risk class</source>
        <translation>Área en la clase de riesgo más alta</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Hot-spot cells</source>
        <translation>Celdas de puntos calientes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Outlets per km²</source>
        <translation>Expendios por km²</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Outlets per 1,000 residents</source>
        <translation>Expendios por 1.000 habitantes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Outlets near schools</source>
        <translation>Expendios cerca de escuelas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="281"/>
        <source>Area (km²)</source>
        <translation>Área (km²)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="303"/>
        <source>{} — community risk profile</source>
        <translation>{} — perfil de riesgo comunitario</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="305"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/atlas.py" line="309"/>
        <source>{} · Risk model: {} · Printed {}. Licensed premises from the licence register, geocoded offline; relative risk from the InfoSegura risk terrain model. Sensitive places are never shown.</source>
        <translation>{} · Modelo de riesgo: {} · Impreso el {}. Establecimientos con licencia del registro de licencias, geocodificados sin conexión; riesgo relativo del modelo de terreno de riesgo de InfoSegura. Los lugares sensibles nunca se muestran.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/bundle.py" line="90"/>
        <source>No layer to bundle: choose the analysis layers.</source>
        <translation>No hay ninguna capa que empaquetar: elija las capas del análisis.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/bundle.py" line="93"/>
        <source>The bundle {} would replace the file the layer {} is read from: choose another file name.</source>
        <translation>El paquete {} reemplazaría el archivo del que se lee la capa {}: elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/bundle.py" line="105"/>
        <source>Bundling {}</source>
        <translation>Empaquetando {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/bundle.py" line="205"/>
        <source>Run record</source>
        <translation>Registro de ejecución</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/bundle.py" line="217"/>
        <source>Could not store the QGIS project in {}: {}</source>
        <translation>No se pudo guardar el proyecto de QGIS en {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/layer_copy.py" line="107"/>
        <source>Could not open {} after writing it.</source>
        <translation>No se pudo abrir {} después de escribirlo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/layer_copy.py" line="113"/>
        <source>Could not store the style of {}: {}</source>
        <translation>No se pudo guardar el estilo de {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/model_label.py" line="44"/>
        <source>fitted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/model_label.py" line="48"/>
        <source>expert-weighted</source>
        <translation>ponderado por expertos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="39"/>
        <source>Could not connect to {}: {}</source>
        <translation>No se pudo conectar a {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="70"/>
        <source>The authentication configuration {} cannot be read: check its id in Settings &gt; Options &gt; Authentication (and the master password).</source>
        <translation>No se puede leer la configuración de autenticación {}: revise su id en Configuración &gt; Opciones &gt; Autenticación (y la contraseña maestra).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="73"/>
        <source>The authentication configuration {} uses the method {}: use a Basic (user name and password) configuration.</source>
        <translation>La configuración de autenticación {} usa el método {}: use una configuración Básica (nombre de usuario y contraseña).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="87"/>
        <source>There is no saved PostgreSQL connection called {}: add it in the Browser (PostgreSQL &gt; New Connection).</source>
        <translation>No hay ninguna conexión PostgreSQL guardada llamada {}: agréguela en el Navegador (PostgreSQL &gt; Nueva conexión).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="90"/>
        <source>the saved connection {}</source>
        <translation>la conexión guardada {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="96"/>
        <source>The database description holds a user name or password: give only host, port and dbname (or service); the credentials come from the authentication configuration.</source>
        <translation>La descripción de la base de datos contiene un nombre de usuario o una contraseña: indique solo host, port y dbname (o service); las credenciales vienen de la configuración de autenticación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="103"/>
        <source>Unknown keys in the database description: {}. Use host, port, dbname, service, sslmode.</source>
        <translation>Claves desconocidas en la descripción de la base de datos: {}. Use host, port, dbname, service, sslmode.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_connection.py" line="107"/>
        <source>{} (authentication {})</source>
        <translation>{} (autenticación {})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_plans.py" line="44"/>
        <source>The layer {} has no field {} to key its rows on.</source>
        <translation>La capa {} no tiene el campo {} para identificar sus filas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_plans.py" line="48"/>
        <source>The layer {} has no known key field (licence_id, cell_id, asset_id, name, ...): give the key field to use.</source>
        <translation>La capa {} no tiene ningún campo clave conocido (licence_id, cell_id, asset_id, name, ...): indique el campo clave que se debe usar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_plans.py" line="52"/>
        <source>Two layers would both be published as {}: rename one.</source>
        <translation>Dos capas se publicarían ambas como {}: cambie el nombre de una.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_plans.py" line="68"/>
        <source>A public schema needs the neighbourhoods (or community profiles) among the layers: incidents and premises are published as counts per neighbourhood.</source>
        <translation>Un esquema público necesita los barrios (o los perfiles comunitarios) entre las capas: los incidentes y los establecimientos se publican como conteos por barrio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_plans.py" line="84"/>
        <source>The public table {} has no key field.</source>
        <translation>La tabla pública {} no tiene campo clave.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="73"/>
        <source>The {} name is empty.</source>
        <translation>El nombre de {} está vacío.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="75"/>
        <source>The {} name {} is longer than PostgreSQL allows (63 bytes): shorten it.</source>
        <translation>El nombre de {} {} es más largo de lo que PostgreSQL permite (63 bytes): acórtelo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="78"/>
        <source>The {} name {} holds a NUL character.</source>
        <translation>El nombre de {} {} contiene un carácter NUL.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="84"/>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="85"/>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="90"/>
        <source>The layer {} has a field called {}, which the publication uses itself: rename the field.</source>
        <translation>La capa {} tiene un campo llamado {}, que la publicación usa para sí: cambie el nombre del campo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="93"/>
        <source>The layer {} has two fields whose names differ only in case: rename one.</source>
        <translation>La capa {} tiene dos campos cuyos nombres solo difieren en mayúsculas y minúsculas: cambie el nombre de uno.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="96"/>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="99"/>
        <source>The layer {} has no key field {}: rows could not be updated on the next publication.</source>
        <translation>La capa {} no tiene el campo clave {}: las filas no se podrían actualizar en la próxima publicación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="114"/>
        <source>The layer {}: {} rows have an empty {}; give every row its key first.</source>
        <translation>La capa {}: {} filas tienen {} vacío; asigne primero su clave a cada fila.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="139"/>
        <source>The layer {} has a geometry type ({}) PostGIS tables cannot hold here.</source>
        <translation>La capa {} tiene un tipo de geometría ({}) que las tablas de PostGIS no pueden guardar aquí.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="160"/>
        <source>Publishing {} as {}.{}</source>
        <translation>Publicando {} como {}.{}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="168"/>
        <source>The database refused the publication, nothing was changed: {}</source>
        <translation>La base de datos rechazó la publicación; no se cambió nada: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="196"/>
        <source>The layer {} has no CRS with an EPSG code: set its CRS first.</source>
        <translation>La capa {} no tiene un SRC con código EPSG: asígnele primero su SRC.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/postgis_publication.py" line="260"/>
        <source>Published by InfoSegura</source>
        <translation>Publicado por InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/public_export.py" line="101"/>
        <source>MIN_COUNT must be at least 1.</source>
        <translation>MIN_COUNT debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/public_export.py" line="103"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/public_package.py" line="64"/>
        <source>&lt;{} (fewer than {}, or withheld so a small count cannot be worked out)</source>
        <translation>&lt;{} (menos de {}, o retenido para que no se pueda deducir un conteo pequeño)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/public_package.py" line="75"/>
        <source>{} or more</source>
        <translation>{} o más</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="35"/>
        <source>PUBLIC: may be published</source>
        <translation>PÚBLICO: se puede publicar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="36"/>
        <source>RESTRICTED: for the receiving agencies only; do not publish or forward</source>
        <translation>RESTRINGIDO: solo para las agencias destinatarias; no lo publique ni lo reenvíe</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="46"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="46"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="46"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="46"/>
        <source>Sensitive places</source>
        <translation>Lugares sensibles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="46"/>
        <source>included</source>
        <translation>incluidos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="46"/>
        <source>left out</source>
        <translation>excluidos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="53"/>
        <source>Sensitive rows left out</source>
        <translation>Filas sensibles excluidas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="52"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="53"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="53"/>
        <source>Rows in source</source>
        <translation>Filas en el origen</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="53"/>
        <source>Rows written</source>
        <translation>Filas escritas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="53"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="53"/>
        <source>SHA-256 of the source file</source>
        <translation>SHA-256 del archivo de origen</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="60"/>
        <source>Counts</source>
        <translation>Conteos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="62"/>
        <source>How each layer was made</source>
        <translation>Cómo se hizo cada capa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="64"/>
        <source>{} (input)</source>
        <translation>{} (entrada)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="66"/>
        <source>No layer carries an InfoSegura run record.</source>
        <translation>Ninguna capa lleva un registro de ejecución de InfoSegura.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="69"/>
        <source>Run {} with InfoSegura {}</source>
        <translation>Ejecutado el {} con InfoSegura {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="70"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="73"/>
        <source>Input files</source>
        <translation>Archivos de entrada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="74"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="74"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sharing/record_report.py" line="74"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="60"/>
        <source>City boundary</source>
        <translation>Límite de la ciudad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="63"/>
        <source>Mile markers</source>
        <translation>Marcadores de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="66"/>
        <source>Incidents (simulated)</source>
        <translation>Incidentes (simulados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_map.py" line="15"/>
        <source>Licensed premises (geocoded)</source>
        <translation>Establecimientos con licencia (geocodificados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_map.py" line="16"/>
        <source>Outlets &lt; 150 m from a school,|youth centre or playground</source>
        <translation>Expendios a &lt; 150 m de una escuela,|centro juvenil o parque infantil</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="129"/>
        <source>Risk terrain ({})</source>
        <translation>Terreno de riesgo ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_map.py" line="26"/>
        <source>InfoSegura - Belmopan: licensed premises and risk (synthetic sample)</source>
        <translation>InfoSegura - Belmopan: establecimientos con licencia y riesgo (muestra sintética)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_map.py" line="30"/>
        <source>Synthetic data for training: invented streets, places and licences. Risk weights are expert-weighted placeholders. Shelters are never shown.</source>
        <translation>Datos sintéticos para capacitación: calles, lugares y licencias inventados. Los pesos de riesgo son provisionales, ponderados por expertos. Los albergues nunca se muestran.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="104"/>
        <source>Canceled during {}: the results folder was not changed.</source>
        <translation>Cancelado durante {}: la carpeta de resultados no se modificó.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="106"/>
        <source>Canceled: the results folder was not changed.</source>
        <translation>Cancelado: la carpeta de resultados no se modificó.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="115"/>
        <source>Step {} of {}: {}</source>
        <translation>Paso {} de {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="121"/>
        <source>{} failed: {}</source>
        <translation>Falló el paso «{}»: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="144"/>
        <source>import the licence register</source>
        <translation>importar el registro de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="150"/>
        <source>geocode the addresses</source>
        <translation>geocodificar las direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="155"/>
        <source>take the matched premises</source>
        <translation>tomar los establecimientos ubicados</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="160"/>
        <source>The geocoder matched none of the {} rows of the register: there is nothing to analyse. Check the street layer and its fields, then review the addresses with the geocoding tool.</source>
        <translation>El geocodificador no ubicó ninguna de las {} filas del registro: no hay nada que analizar. Revise la capa de calles y sus campos, y luego las direcciones con la herramienta de geocodificación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="165"/>
        <source>find outlets near community assets</source>
        <translation>buscar expendios cerca de bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="178"/>
        <source>build the risk terrain grid</source>
        <translation>construir la cuadrícula de terreno de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="180"/>
        <source>find the hot spots</source>
        <translation>buscar los puntos calientes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="186"/>
        <source>profile the communities</source>
        <translation>perfilar las comunidades</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="256"/>
        <source>{} is from an earlier run with square cells; this run&apos;s grid is hexagonal.</source>
        <translation>{} es de una ejecución anterior con celdas cuadradas; la cuadrícula de esta ejecución es hexagonal.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="260"/>
        <source>Community risk profiles</source>
        <translation>Perfiles de riesgo comunitario</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="260"/>
        <source>Hot spots</source>
        <translation>Puntos calientes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="261"/>
        <source>Proximity conflicts</source>
        <translation>Conflictos de proximidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="261"/>
        <source>Licensed premises</source>
        <translation>Establecimientos con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="271"/>
        <source>pack the analysis bundle</source>
        <translation>empaquetar el paquete de análisis</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="271"/>
        <source>print the community atlas</source>
        <translation>imprimir el atlas de comunidades</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="271"/>
        <source>write the public export</source>
        <translation>escribir la exportación pública</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="279"/>
        <source>InfoSegura analysis</source>
        <translation>Análisis InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="307"/>
        <source>{} skipped: this version of {} also needs {}.</source>
        <translation>Se omitió «{}»: esta versión de {} también necesita {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="314"/>
        <source>Canceled during {}: the analysis results are in {}.</source>
        <translation>Cancelado durante {}: los resultados del análisis están en {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="316"/>
        <source>The analysis results are in {}, but {}</source>
        <translation>Los resultados del análisis están en {}, pero {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="325"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="326"/>
        <source>  Register rows: {}</source>
        <translation>  Filas del registro: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="327"/>
        <source>  Geocoded: {} matched, {} tied (to review), {} unmatched</source>
        <translation>  Geocodificación: {} ubicadas, {} empatadas (por revisar), {} no ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="329"/>
        <source>  Proximity conflicts: {}</source>
        <translation>  Conflictos de proximidad: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="330"/>
        <source>  Communities at highest risk:</source>
        <translation>  Comunidades de mayor riesgo:</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="333"/>
        <source>  Results: {}</source>
        <translation>  Resultados: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="334"/>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="334"/>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="334"/>
        <source>Public export</source>
        <translation>Exportación pública</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/pipeline.py" line="344"/>
        <source>{}. {} (mean risk {}, {} outlets, {} conflicts)</source>
        <translation>{}. {} (riesgo medio {}, {} expendios, {} conflictos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="49"/>
        <source>Choose at least one output: the risk terrain grid (polygons), the risk terrain raster, or both.</source>
        <translation>Elija al menos una salida: la cuadrícula de terreno de riesgo (polígonos), el ráster de terreno de riesgo, o ambos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="52"/>
        <source>The risk terrain raster needs square cells: set Grid type to Square, or leave the raster output empty (hexagon grids are written as polygons only).</source>
        <translation>El ráster de terreno de riesgo necesita celdas cuadradas: elija Cuadrado como tipo de cuadrícula, o deje vacía la salida ráster (las cuadrículas hexagonales se escriben solo como polígonos).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="56"/>
        <source>The risk terrain raster {} must be a GeoTIFF file (.tif).</source>
        <translation>El ráster de terreno de riesgo {} debe ser un archivo GeoTIFF (.tif).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="83"/>
        <source>Canceled: the risk terrain raster was not written.</source>
        <translation>Cancelado: no se escribió el ráster de terreno de riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="85"/>
        <source>Could not write the risk terrain raster {}: {}</source>
        <translation>No se pudo escribir el ráster de terreno de riesgo {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="88"/>
        <source>Wrote the raster {} ({} x {} cells) in {} s</source>
        <translation>Se escribió el ráster {} ({} x {} celdas) en {} s</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="92"/>
        <source>Risk terrain raster ({})</source>
        <translation>Ráster de terreno de riesgo ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="119"/>
        <source>Canceled: the risk terrain grid was not written.</source>
        <translation>Cancelado: no se escribió la cuadrícula de terreno de riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="121"/>
        <source>Could not write the risk terrain grid {}: {}</source>
        <translation>No se pudo escribir la cuadrícula de terreno de riesgo {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="124"/>
        <source>Wrote {} of {} cells (cells with a non-zero score only) in {} s</source>
        <translation>Se escribieron {} de {} celdas (solo celdas con puntuación distinta de cero) en {} s</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/risk_grid_outputs.py" line="127"/>
        <source>Wrote {} cells in {} s</source>
        <translation>Se escribieron {} celdas en {} s</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="66"/>
        <source>{}: the category map is not a text file; give a CSV (licence_class,category) or a JSON object.</source>
        <translation>{}: el mapa de categorías no es un archivo de texto; indique un CSV (licence_class,category) o un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="86"/>
        <source>{}: the category map cannot be read as CSV ({}); give a CSV (licence_class,category) or a JSON object.</source>
        <translation>{}: el mapa de categorías no se puede leer como CSV ({}); indique un CSV (licence_class,category) o un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="48"/>
        <source>{}: refused: {}. No licence register is that large: the file is damaged or was built to exhaust memory. If it is a real register, open it in Excel or LibreOffice, check the sheet, and save it again as .xlsx or .csv.</source>
        <translation>{}: rechazado: {}. Ningún registro de licencias es tan grande: el archivo está dañado o se hizo para agotar la memoria. Si es un registro real, ábralo en Excel o LibreOffice, revise la hoja y guárdelo de nuevo como .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="56"/>
        <source>it has more than {:,} rows</source>
        <translation>tiene más de {:,} filas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="60"/>
        <source>it has a value beyond column {:,}, the last a spreadsheet has</source>
        <translation>tiene un valor más allá de la columna {:,}, la última que tiene una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="64"/>
        <source>it expands to more than {:,} cells</source>
        <translation>se expande a más de {:,} celdas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="68"/>
        <source>a cell holds more than {:,} characters, more than Excel allows</source>
        <translation>una celda tiene más de {:,} caracteres, más de lo que Excel admite</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="72"/>
        <source>its shared text expands to more than {:,} MB</source>
        <translation>su texto compartido se expande a más de {:,} MB</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="76"/>
        <source>its part &apos;{}&apos; expands to more than {:,} MB</source>
        <translation>su parte '{}' se expande a más de {:,} MB</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/limits.py" line="80"/>
        <source>its part &apos;{}&apos; expands {:,.0f} times (a zip bomb; real workbooks expand 5 to 20 times)</source>
        <translation>su parte '{}' se expande {:,.0f} veces (una bomba zip; los libros reales se expanden de 5 a 20 veces)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="72"/>
        <source>{} is a text (CSV) file under a spreadsheet&apos;s name: it is read as text.</source>
        <translation>{} es un archivo de texto (CSV) con nombre de hoja de cálculo: se lee como texto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="122"/>
        <source>{}: line {} opens a quote (&quot;) that is never closed: it would have swallowed the next {} lines ({} to {}) into one cell. The quote was read as an ordinary character and every row was kept (issue unclosed_quote); check line {} in the file.</source>
        <translation>{}: la línea {} abre unas comillas (&quot;) que nunca se cierran: se habrían tragado las {} líneas siguientes (de la {} a la {}) en una sola celda. Las comillas se leyeron como un carácter normal y se conservaron todas las filas (problema unclosed_quote); revise la línea {} del archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="126"/>
        <source>{}: line {} opens a quote (&quot;) that is never closed. The quote was read as an ordinary character (issue unclosed_quote); check line {} in the file.</source>
        <translation>{}: la línea {} abre unas comillas (&quot;) que nunca se cierran. Las comillas se leyeron como un carácter normal (problema unclosed_quote); revise la línea {} del archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="124"/>
        <source>Read {} rows from {} ({}; headings on rows {} to {}).</source>
        <translation>Se leyeron {} filas de {} ({}; encabezados en las filas {} a {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook_files.py" line="46"/>
        <source>{}: this is a web page (an HTML table) saved under a spreadsheet&apos;s name. Open it in Excel or LibreOffice and save it as .xlsx or .csv.</source>
        <translation>{}: es una página web (una tabla HTML) guardada con nombre de hoja de cálculo. Ábrala en Excel o LibreOffice y guárdela como .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook_files.py" line="50"/>
        <source>{}: this is not a spreadsheet (neither an Excel .xlsx or .xls nor an OpenDocument .ods workbook).</source>
        <translation>{}: no es una hoja de cálculo (ni un libro de Excel .xlsx o .xls ni un libro OpenDocument .ods).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/xls.py" line="48"/>
        <source>{}: this is an old Excel 97-2003 (.xls) workbook, and the GDAL {} of this QGIS has no XLS driver to read it. Open it in Excel or LibreOffice and save it as .xlsx or .csv (or use a QGIS whose GDAL lists the XLS driver under Settings &gt; Options &gt; GDAL).</source>
        <translation>{}: es un libro antiguo de Excel 97-2003 (.xls) y el GDAL {} de este QGIS no tiene el controlador XLS para leerlo. Ábralo en Excel o LibreOffice y guárdelo como .xlsx o .csv (o use un QGIS cuyo GDAL muestre el controlador XLS en Configuración &gt; Opciones &gt; GDAL).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/xls.py" line="126"/>
        <source>{}: this .xls workbook cannot be read ({}). If it is protected by a password, remove the password; otherwise open it in Excel or LibreOffice and save it as .xlsx or .csv.</source>
        <translation>{}: este libro .xls no se puede leer ({}). Si está protegido con contraseña, quítela; si no, ábralo en Excel o LibreOffice y guárdelo como .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/xls.py" line="94"/>
        <source>GDAL&apos;s XLS driver refused it</source>
        <translation>el controlador XLS de GDAL lo rechazó</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/xlsx.py" line="108"/>
        <source>part &apos;{}&apos; declares a DOCTYPE</source>
        <translation>la parte '{}' declara un DOCTYPE</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/zip_parts.py" line="37"/>
        <source>part &apos;{}&apos; is missing</source>
        <translation>falta la parte '{}'</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/zip_parts.py" line="57"/>
        <source>part &apos;{}&apos; has no header</source>
        <translation>la parte '{}' no tiene encabezado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/zip_parts.py" line="97"/>
        <source>part &apos;{}&apos; does not match its checksum</source>
        <translation>la parte '{}' no coincide con su suma de comprobación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/zip_parts.py" line="117"/>
        <source>part &apos;{}&apos; is cut short</source>
        <translation>la parte '{}' está cortada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="276"/>
        <source>{} sensitive landmarks (shelters and the like) are never used to place an address</source>
        <translation>{} puntos de referencia sensibles (albergues y similares) nunca se usan para ubicar una dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocode_rows.py" line="201"/>
        <source>The second geocoding process failed; its addresses were geocoded in this one.</source>
        <translation>El segundo proceso de geocodificación falló; sus direcciones se geocodificaron en este.</translation>
    </message>
</context>
<context>
    <name>AddressLocatorFilter</name>
    <message>
        <location filename="../infosegura_plugin/gui/locator_filter.py" line="73"/>
        <source>Belize addresses (InfoSegura)</source>
        <translation>Direcciones de Belice (InfoSegura)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/locator_filter.py" line="97"/>
        <source>Tied: check the candidates</source>
        <translation>Empatado: revise los candidatos</translation>
    </message>
</context>
<context>
    <name>AlgorithmGroups</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="248"/>
        <source>Licence registers</source>
        <translation>Registros de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="256"/>
        <source>Geocoding</source>
        <translation>Geocodificación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="264"/>
        <source>Risk analysis</source>
        <translation>Análisis de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="272"/>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="280"/>
        <source>Sharing results</source>
        <translation>Compartir resultados</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="30"/>
        <source>Complete analysis</source>
        <translation>Análisis completo</translation>
    </message>
</context>
<context>
    <name>ApplicationCheckPanel</name>
    <message>
        <location filename="../infosegura_plugin/gui/application_check_tool.py" line="49"/>
        <source>Click the place on the map</source>
        <translation>Haga clic en el lugar en el mapa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/application_check_tool.py" line="52"/>
        <source>Then click where the proposed premises would be.</source>
        <translation>Luego haga clic donde estaría el establecimiento propuesto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/application_check_tool.py" line="59"/>
        <source>or type its address, then Enter</source>
        <translation>o escriba su dirección y pulse Intro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/application_check_tool.py" line="62"/>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/application_check_tool.py" line="67"/>
        <source>Places protected for safety are never shown or counted on the page.</source>
        <translation>Los lugares protegidos por seguridad nunca se muestran ni se cuentan en la página.</translation>
    </message>
</context>
<context>
    <name>CheckApplicationAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="69"/>
        <source>Check a licence application</source>
        <translation>Revisar una solicitud de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="76"/>
        <source>One page (PDF, English or Spanish) and an HTML summary for the licensing board about a proposed licensed premises: a map of its surroundings; the schools and youth places (the categories you list) within each distance, and the nearest one; the licensed outlets already within each distance and the outlet density there now and with this one; the rank and typical risk of the community holding the site and how they would change with one more outlet; the risk class of its cell of the risk grid now and with the outlet (recomputed with the risk model, as the risk terrain tool does); and the same facts as plain sentences. It states facts, never a verdict.

The site: click it on the map (Location), or type its address (geocoded offline with the street layer, and landmarks when given; an address that cannot be placed without doubt is refused, so the site is never guessed).

Places protected for safety (shelters, safe houses and any place the sensitive settings name) are never drawn, named or counted. Distances are straight lines; &apos;within&apos; includes the distance itself. Give the risk grid of the risk terrain model (with its factor columns) and the community profiles for the risk and rank parts; give the same outlets they were built from.</source>
        <translation>Una página (PDF, en inglés o español) y un resumen HTML para la junta de licencias sobre un establecimiento con licencia propuesto: un mapa de sus alrededores; las escuelas y los lugares para jóvenes (las categorías que indique) dentro de cada distancia, y el más cercano; los expendios con licencia que ya hay dentro de cada distancia y la densidad de expendios allí ahora y con este; el puesto y el riesgo típico de la comunidad donde está el sitio y cómo cambiarían con un expendio más; la clase de riesgo de su celda de la cuadrícula de riesgo ahora y con el expendio (recalculada con el modelo de riesgo, como lo hace la herramienta de terreno de riesgo); y los mismos hechos en frases sencillas. Expone hechos, nunca un veredicto.

El sitio: haga clic en él en el mapa (Ubicación) o escriba su dirección (geocodificada sin conexión con la capa de calles, y con los puntos de referencia si se indican; una dirección que no se puede ubicar sin duda se rechaza, de modo que el sitio nunca se adivina).

Los lugares protegidos por seguridad (albergues, casas seguras y cualquier lugar que nombre la configuración de lugares sensibles) nunca se dibujan, nombran ni cuentan. Las distancias son en línea recta; 'a menos de' incluye la propia distancia. Indique la cuadrícula del modelo de terreno de riesgo (con sus columnas de factores) y los perfiles de comunidades para las partes de riesgo y de puesto; indique los mismos expendios con los que se hicieron.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="96"/>
        <source>Proposed premises: its place (click on the map)</source>
        <translation>Establecimiento propuesto: su lugar (haga clic en el mapa)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="98"/>
        <source>...or its address</source>
        <translation>...o su dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="100"/>
        <source>Streets (to place the address)</source>
        <translation>Calles (para ubicar la dirección)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="102"/>
        <source>Landmarks (to place the address, optional)</source>
        <translation>Puntos de referencia (para ubicar la dirección, opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="104"/>
        <source>Name of the proposed premises</source>
        <translation>Nombre del establecimiento propuesto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="106"/>
        <source>Application reference</source>
        <translation>Referencia de la solicitud</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="108"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="108"/>
        <source>On-premise (bar, restaurant, night club)</source>
        <translation>Para consumo en el local (bar, restaurante, discoteca)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="108"/>
        <source>Off-premise (shop, liquor store)</source>
        <translation>Para llevar (tienda, licorería)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="108"/>
        <source>Occasional</source>
        <translation>Ocasional</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="112"/>
        <source>Class of licence</source>
        <translation>Clase de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="114"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="116"/>
        <source>Asset category field</source>
        <translation>Campo de categoría del bien</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="118"/>
        <source>Schools and youth places (categories, comma-separated)</source>
        <translation>Escuelas y lugares para jóvenes (categorías, separadas por comas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="121"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="123"/>
        <source>Outlet category field</source>
        <translation>Campo de categoría del expendio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="125"/>
        <source>Risk grid (risk terrain output, optional)</source>
        <translation>Cuadrícula de riesgo (resultado del terreno de riesgo, opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="127"/>
        <source>Risk model of the grid (JSON; empty: the bundled expert-weighted model)</source>
        <translation>Modelo de riesgo de la cuadrícula (JSON; vacío: el modelo ponderado por expertos incluido)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="132"/>
        <source>Community profiles or neighbourhoods (optional)</source>
        <translation>Perfiles de comunidades o barrios (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="134"/>
        <source>Community name field</source>
        <translation>Campo de nombre de la comunidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="136"/>
        <source>Distances (m, comma-separated)</source>
        <translation>Distancias (m, separadas por comas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="138"/>
        <source>Language of the page</source>
        <translation>Idioma de la página</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="140"/>
        <source>Page for the board (PDF)</source>
        <translation>Página para la junta (PDF)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="140"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="143"/>
        <source>Summary (HTML)</source>
        <translation>Resumen (HTML)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="143"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="146"/>
        <source>The facts as sentences</source>
        <translation>Los hechos en frases</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="147"/>
        <source>Site X</source>
        <translation>X del sitio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="148"/>
        <source>Site Y</source>
        <translation>Y del sitio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="149"/>
        <source>Community of the site</source>
        <translation>Comunidad del sitio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="162"/>
        <source>The Spanish catalogue was not found: the page is written in English.</source>
        <translation>No se encontró el catálogo en español: la página se escribe en inglés.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="167"/>
        <source>Site: {} E, {} N ({})</source>
        <translation>Sitio: {} E, {} N ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="195"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="178"/>
        <source>{} places protected for safety are left out of the check.</source>
        <translation>{} lugares protegidos por seguridad quedan fuera de la revisión.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="188"/>
        <source>The risk grid {} has no cell.</source>
        <translation>La cuadrícula de riesgo {} no tiene ninguna celda.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="200"/>
        <source>Canceled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="215"/>
        <source>Cannot write into the folder of {}: choose another place.</source>
        <translation>No se puede escribir en la carpeta de {}: elija otro lugar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="241"/>
        <source>No layer of the check is in a projected CRS: distances need metres. Reproject the outlets to a projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first.</source>
        <translation>Ninguna capa de la revisión está en un SRC proyectado: las distancias necesitan metros. Reproyecte primero los expendios a un SRC proyectado (para Belice, EPSG:32616 WGS 84 / UTM 16N).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="250"/>
        <source>Distances must be numbers of metres separated by commas, such as 100,300,500 (got {}).</source>
        <translation>Las distancias deben ser números de metros separados por comas, como 100,300,500 (se recibió {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="254"/>
        <source>Distances must be between 1 and {} m, such as 100,300,500 (got {}).</source>
        <translation>Las distancias deben estar entre 1 y {} m, como 100,300,500 (se recibió {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="257"/>
        <source>Give at most five distances (got {}).</source>
        <translation>Indique como máximo cinco distancias (se recibieron {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="267"/>
        <source>The location could not be read: click the place again.</source>
        <translation>No se pudo leer la ubicación: vuelva a hacer clic en el lugar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="270"/>
        <source>Give the place of the proposed premises: click it on the map, or type its address.</source>
        <translation>Indique el lugar del establecimiento propuesto: haga clic en él en el mapa o escriba su dirección.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="274"/>
        <source>To place an address, give the street layer (or click the place).</source>
        <translation>Para ubicar una dirección, indique la capa de calles (o haga clic en el lugar).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="282"/>
        <source>The street layer {} has no street name field.</source>
        <translation>La capa de calles {} no tiene campo de nombre de calle.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="298"/>
        <source>The address &apos;{}&apos; cannot be placed without doubt ({}): click the place on the map instead.</source>
        <translation>La dirección '{}' no se puede ubicar sin duda ({}): haga clic en el lugar en el mapa.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="304"/>
        <source>Address placed: {} (score {}).</source>
        <translation>Dirección ubicada: {} (puntuación {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="317"/>
        <source>The risk grid {} has no column {} of the risk model: the risk with the new outlet is not computed (give the grid and the model the risk terrain tool used).</source>
        <translation>La cuadrícula de riesgo {} no tiene la columna {} del modelo de riesgo: no se calcula el riesgo con el nuevo expendio (indique la cuadrícula y el modelo que usó la herramienta de terreno de riesgo).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="327"/>
        <source>Recomputed from these outlets, {} cells of the risk grid differ from the grid&apos;s risk_score: the grid was made from other outlets or another model. The page uses the recomputed values.</source>
        <translation>Recalculadas a partir de estos expendios, {} celdas de la cuadrícula de riesgo difieren del risk_score de la cuadrícula: la cuadrícula se hizo con otros expendios u otro modelo. La página usa los valores recalculados.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="332"/>
        <source>{} has rank {} in {}, {} recomputed from these outlets and grid: the profiles were made from other layers.</source>
        <translation>{} tiene el puesto {} en {} y el {} recalculado a partir de estos expendios y esta cuadrícula: los perfiles se hicieron con otras capas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/check_application.py" line="336"/>
        <source>The site lies in no community of {}.</source>
        <translation>El sitio no está en ninguna comunidad de {}.</translation>
    </message>
</context>
<context>
    <name>CommunityProfilesAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="89"/>
        <source>Community risk profiles</source>
        <translation>Perfiles de riesgo comunitario</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="60"/>
        <source>One row per neighbourhood: licensed outlets in total and by category (on_premise, off_premise, occasional, unknown), area_km2, outlets_per_km2 and outlets_per_1000 residents (empty without a population field), proximity conflicts whose outlet lies in the area, the mean (area-weighted) and highest risk_score of the risk-grid cells whose centre lies in the area, top_risk_share (share of that area in the 'very high' risk class), hotspot_cells (cells with gi_class 2 or 3, when the grid went through the hot spot analysis), risk_level (the typical risk class of its cells) and rank (1 = highest risk: by risk_mean, then outlets per 1,000 residents, then outlets per km², then name).

The risk grid is the output of the risk terrain model (risk_score, risk_class), or of the hot spot analysis run on it (adds gi_class). The areas must be in a projected CRS; the other layers are reprojected to it.</source>
        <translation>Una fila por barrio: expendios con licencia en total y por categoría (on_premise, off_premise, occasional, unknown), area_km2, outlets_per_km2 y outlets_per_1000 (expendios por cada 1000 habitantes; vacío si no hay campo de población), los conflictos de proximidad cuyo expendio está en el área, el risk_score medio (ponderado por área) y máximo de las celdas de la cuadrícula de riesgo cuyo centro está en el área, top_risk_share (proporción del área en la clase de riesgo 'very high', muy alto), hotspot_cells (celdas con gi_class 2 o 3, cuando la cuadrícula pasó por el análisis de puntos calientes), risk_level (la clase de riesgo típica de sus celdas) y rank (1 = mayor riesgo: por risk_mean, luego por expendios por cada 1000 habitantes, luego por expendios por km² y luego por nombre).

La cuadrícula de riesgo es el resultado del modelo de terreno de riesgo (risk_score, risk_class) o del análisis de puntos calientes ejecutado sobre él (añade gi_class). Las áreas deben estar en un SRC proyectado; las demás capas se reproyectan a ese SRC.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="75"/>
        <source>Neighbourhoods</source>
        <translation>Barrios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="76"/>
        <source>Neighbourhood name field</source>
        <translation>Campo de nombre del barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="78"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="80"/>
        <source>Outlet category field</source>
        <translation>Campo de categoría del expendio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="82"/>
        <source>Population field (empty: &apos;population&apos; when present)</source>
        <translation>Campo de población (vacío: 'population' si existe)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="85"/>
        <source>Risk grid (risk terrain or hot spot output)</source>
        <translation>Cuadrícula de riesgo (resultado del terreno de riesgo o de los puntos calientes)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="87"/>
        <source>Proximity conflicts (optional)</source>
        <translation>Conflictos de proximidad (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="169"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="110"/>
        <source>The risk grid {} has no field risk_score: give the output of the risk terrain model (infosegura:riskterrain) or of the hot spot analysis run on it.</source>
        <translation>La cuadrícula de riesgo {} no tiene el campo risk_score: indique el resultado del modelo de terreno de riesgo (infosegura:riskterrain) o del análisis de puntos calientes ejecutado sobre él.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="116"/>
        <source>The risk grid has no gi_class: hotspot_cells stays empty (run the hot spot analysis on the grid first to fill it).</source>
        <translation>La cuadrícula de riesgo no tiene gi_class: hotspot_cells queda vacío (para llenarlo, ejecute primero el análisis de puntos calientes sobre la cuadrícula).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="122"/>
        <source>The outlets layer {} has no category field: every outlet counts as unknown.</source>
        <translation>La capa de expendios {} no tiene campo de categoría: todos los expendios cuentan como de categoría desconocida (unknown).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="127"/>
        <source>The outlets layer {} has no point: every count is 0.</source>
        <translation>La capa de expendios {} no tiene ningún punto: todos los conteos son 0.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="144"/>
        <source>Canceled: no profile layer was written.</source>
        <translation>Cancelado: no se escribió ninguna capa de perfiles.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="146"/>
        <source>No cell of the risk grid {} has its centre in a neighbourhood of {}: the risk columns are empty. Do the layers cover the same place?</source>
        <translation>Ninguna celda de la cuadrícula de riesgo {} tiene su centro en un barrio de {}: las columnas de riesgo están vacías. ¿Cubren las capas el mismo lugar?</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="153"/>
        <source>Highest risk: {}</source>
        <translation>Mayor riesgo: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="177"/>
        <source>The neighbourhoods layer {} has no polygon.</source>
        <translation>La capa de barrios {} no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="222"/>
        <source>The risk grid {} has no cell.</source>
        <translation>La cuadrícula de riesgo {} no tiene ninguna celda.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="250"/>
        <source>Canceled: the profile layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de perfiles está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="261"/>
        <source>Could not write the profiles: {}</source>
        <translation>No se pudieron escribir los perfiles: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="134"/>
        <source>{} conflict lines of {} end at a sensitive place and are not counted.</source>
        <translation>{} líneas de conflicto de {} terminan en un lugar sensible y no se cuentan.</translation>
    </message>
</context>
<context>
    <name>CompareRegistersAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="58"/>
        <source>Compare two registers (what changed)</source>
        <translation>Comparar dos registros (qué cambió)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="61"/>
        <source>Compares an earlier and a later licence register (any two periods, usually geocoded) and lists every premises once, with change = new, closed, moved, class_changed, renewed or unchanged and its old and new values side by side (old_licence_id / new_licence_id, old_premises / new_premises, ... old_expiry / new_expiry), changed_fields (every value that differs), matched_by, match_score (0-100) and distance_m.

Matching: first by licence number (case, spaces and punctuation ignored); then, for premises whose number changed, by a similar premises name (typos, &apos;&amp;&apos; or &apos;and&apos;, accents ignored) plus a similar address (read like the geocoder reads it: &apos;Ave.&apos; or &apos;Avenue&apos;, &apos;Calle X&apos; or &apos;X Street&apos;, town names ignored), the same licensee or a place within the move distance. A row entered twice in one register counts once (duplicates).

moved: placed more than the move distance apart at a different address (a premises geocoded differently at the same address has not moved). class_changed: another class of licence. renewed: a new licence number, issue or expiry date. unchanged: none of these.

Also written: a line from the old to the new place of each moved premises, and with neighbourhoods a summary per neighbourhood: old_outlets, new_outlets, new, closed, moved_in, moved_out, net (= new_outlets - old_outlets) and, with a population, the same per 1,000 residents. Only premises with a point count in a neighbourhood: give the geocoded registers (select gc_status = &apos;matched&apos; to leave out rows to review).</source>
        <translation>Compara un registro de licencias anterior y uno posterior (dos periodos cualesquiera, normalmente geocodificados) y lista cada establecimiento una vez, con change = new (nuevo), closed (cerrado), moved (trasladado), class_changed (cambio de clase), renewed (renovado) o unchanged (sin cambios) y sus valores antiguos y nuevos lado a lado (old_licence_id / new_licence_id, old_premises / new_premises, ... old_expiry / new_expiry), changed_fields (cada valor que difiere), matched_by, match_score (0-100) y distance_m.

Emparejamiento: primero por número de licencia (sin importar mayúsculas, espacios ni puntuación); luego, para los establecimientos cuyo número cambió, por un nombre de establecimiento parecido (errores de escritura, '&amp;' o 'and', acentos) más una dirección parecida (leída como la lee el geocodificador: 'Ave.' o 'Avenue', 'Calle X' o 'X Street', sin nombres de pueblo), el mismo titular o un lugar dentro de la distancia de traslado. Una fila anotada dos veces en un registro cuenta una vez (duplicados).

moved: ubicados a más de la distancia de traslado y con otra dirección (un establecimiento geocodificado de otra forma con la misma dirección no se ha trasladado). class_changed: otra clase de licencia. renewed: un nuevo número de licencia, fecha de emisión o de vencimiento. unchanged: nada de esto.

También se escriben: una línea del lugar antiguo al nuevo de cada establecimiento trasladado y, con barrios, un resumen por barrio: old_outlets, new_outlets, new, closed, moved_in, moved_out, net (= new_outlets - old_outlets) y, con población, lo mismo por cada 1.000 residentes. Solo cuentan en un barrio los establecimientos con un punto: indique los registros geocodificados (seleccione gc_status = 'matched' para dejar fuera las filas por revisar).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="84"/>
        <source>Earlier register (geocoded premises)</source>
        <translation>Registro anterior (establecimientos geocodificados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="86"/>
        <source>Later register (geocoded premises)</source>
        <translation>Registro posterior (establecimientos geocodificados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="88"/>
        <source>Licence number field (in both registers)</source>
        <translation>Campo de número de licencia (en ambos registros)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="90"/>
        <source>Premises name field</source>
        <translation>Campo de nombre del establecimiento</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="90"/>
        <source>Address field</source>
        <translation>Campo de dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="90"/>
        <source>Licence class field</source>
        <translation>Campo de clase de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="98"/>
        <source>Moved when farther apart than (m)</source>
        <translation>Trasladado cuando están a más de (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="101"/>
        <source>Neighbourhoods for the summary (optional)</source>
        <translation>Barrios para el resumen (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="104"/>
        <source>Neighbourhood name field</source>
        <translation>Campo de nombre del barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="106"/>
        <source>Population field (empty: &apos;population&apos; when present)</source>
        <translation>Campo de población (vacío: 'population' si existe)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="109"/>
        <source>Register changes</source>
        <translation>Cambios del registro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="111"/>
        <source>Moves (old place to new place)</source>
        <translation>Traslados (del lugar antiguo al nuevo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="114"/>
        <source>Changes per neighbourhood</source>
        <translation>Cambios por barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="139"/>
        <source>Canceled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="142"/>
        <source>{} premises: {} new, {} closed, {} moved, {} changed class, {} renewed, {} unchanged</source>
        <translation>{} establecimientos: {} nuevos, {} cerrados, {} trasladados, {} con cambio de clase, {} renovados, {} sin cambios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="145"/>
        <source>{} repeated rows (a premises entered twice in a register) were counted with their premises.</source>
        <translation>{} filas repetidas (un establecimiento anotado dos veces en un registro) se contaron con su establecimiento.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="166"/>
        <source>No neighbourhoods given: no summary per neighbourhood.</source>
        <translation>No se indicaron barrios: no hay resumen por barrio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="183"/>
        <source>The registers {} and {} are in a geographic CRS: distances need metres. Reproject one of them to a projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first.</source>
        <translation>Los registros {} y {} están en un SRC geográfico: las distancias necesitan metros. Reproyecte primero uno de ellos a un SRC proyectado (para Belice, EPSG:32616 WGS 84 / UTM 16N).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="191"/>
        <source>The register {} has no field {}: choose its licence number field, or import it with infosegura:importregister (which writes licence_id).</source>
        <translation>El registro {} no tiene el campo {}: elija su campo de número de licencia, o impórtelo con infosegura:importregister (que escribe licence_id).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="195"/>
        <source>The register {} has neither a premises name nor an address field: premises cannot be matched when their licence numbers change.</source>
        <translation>El registro {} no tiene campo de nombre del establecimiento ni de dirección: los establecimientos no se pueden emparejar cuando cambian sus números de licencia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="200"/>
        <source>The register {} has no rows.</source>
        <translation>El registro {} no tiene filas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="205"/>
        <source>The neighbourhoods layer {} has no CRS.</source>
        <translation>La capa de barrios {} no tiene SRC.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="211"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="219"/>
        <source>The neighbourhoods layer {} has no polygon.</source>
        <translation>La capa de barrios {} no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="267"/>
        <source>Canceled: the change layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de cambios está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="284"/>
        <source>Could not write the change layer: {}</source>
        <translation>No se pudo escribir la capa de cambios: {}</translation>
    </message>
</context>
<context>
    <name>EmergingHotspotsAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="71"/>
        <source>Emerging hot spots (space-time)</source>
        <translation>Puntos calientes emergentes (espacio-tiempo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="74"/>
        <source>Where hot spots of incidents or licensed premises are new, growing, lasting or fading, over three or more periods (ten or more give trends a chance to be significant). The points are counted in every cell of a hexagon or square grid over the study area in every period (a space-time cube). Each bin (cell and period) gets the Getis-Ord Gi* z-score of its neighbourhood: the cell and the cells sharing an edge or a vertex with it, in its period and the previous periods of the time window, compared with all bins of the cube (or of the time window). p-values are two-sided normal, with the Benjamini-Hochberg false discovery rate correction over all bins when ticked. The Mann-Kendall test gives the trend of each cell&apos;s z-scores (trend_z, trend_p, trend_tau).

Patterns, as defined for ArcGIS Pro&apos;s Emerging Hot Spot Analysis (n periods; &apos;hot&apos; = a significant hot spot bin at the chosen confidence):
new: hot in the final period and never before. consecutive: one uninterrupted run of at least two hot periods at the end, never hot before it, less than 90% of the periods hot. intensifying: hot in at least 90% of the periods including the final one, with a significant upward trend. persistent: the same without a significant trend. diminishing: the same with a significant downward trend. sporadic: hot in the final period, on and off before, less than 90% hot, never cold. oscillating: hot in the final period, a cold spot in some earlier period, less than 90% hot. historical: not hot in the final period but hot in at least 90% of the periods. Cold spots mirror them. Where two definitions overlap the first listed wins; everything else is no_pattern.

Give either one layer with a period field (numbers or text, one period per value; or dates, binned by year, quarter or month, quiet periods included) or several layers, one per period, oldest first. Output per cell: pattern, bins (one character per period: + hot, - cold, . neither), hot_periods, cold_periods, the trend, the final z-score and class, the total count and, for up to 60 periods, count_&lt;i&gt;, gi_z_&lt;i&gt; and gi_class_&lt;i&gt; (i = 1 for the oldest). The optional cube table has one row per cell and period.</source>
        <translation>Dónde los puntos calientes de incidentes o de establecimientos con licencia son nuevos, crecen, se mantienen o se desvanecen, a lo largo de tres o más periodos (con diez o más las tendencias pueden ser significativas). Los puntos se cuentan en cada celda de una cuadrícula hexagonal o cuadrada sobre el área de estudio en cada periodo (un cubo espacio-temporal). Cada bin (celda y periodo) recibe la puntuación z de Getis-Ord Gi* de su vecindario: la celda y las celdas que comparten con ella un lado o un vértice, en su periodo y en los periodos anteriores de la ventana temporal, comparada con todos los bins del cubo (o de la ventana temporal). Los valores p son normales bilaterales, con la corrección de la tasa de falsos descubrimientos de Benjamini-Hochberg sobre todos los bins si se marca. La prueba de Mann-Kendall da la tendencia de las puntuaciones z de cada celda (trend_z, trend_p, trend_tau).

Patrones, según la definición del análisis de puntos calientes emergentes de ArcGIS Pro (n periodos; 'caliente' = un bin de punto caliente significativo con la confianza elegida):
new (nuevo): caliente en el periodo final y nunca antes. consecutive (consecutivo): una única racha ininterrumpida de al menos dos periodos calientes al final, nunca caliente antes de ella, menos del 90% de los periodos calientes. intensifying (en intensificación): caliente en al menos el 90% de los periodos, incluido el final, con una tendencia al alza significativa. persistent (persistente): lo mismo sin tendencia significativa. diminishing (en disminución): lo mismo con una tendencia a la baja significativa. sporadic (esporádico): caliente en el periodo final, intermitente antes, menos del 90% caliente, nunca frío. oscillating (oscilante): caliente en el periodo final, un punto frío en algún periodo anterior, menos del 90% caliente. historical (histórico): no caliente en el periodo final pero caliente en al menos el 90% de los periodos. Los puntos fríos son su reflejo. Donde dos definiciones se solapan gana la primera de la lista; todo lo demás es no_pattern.

Indique una capa con un campo de periodo (números o texto, un periodo por valor; o fechas, agrupadas por año, trimestre o mes, incluidos los periodos sin eventos) o varias capas, una por periodo, de la más antigua a la más reciente. Resultado por celda: pattern, bins (un carácter por periodo: + caliente, - frío, . ninguno), hot_periods, cold_periods, la tendencia, la puntuación z y la clase finales, el recuento total y, hasta 60 periodos, count_&lt;i&gt;, gi_z_&lt;i&gt; y gi_class_&lt;i&gt; (i = 1 para el más antiguo). La tabla opcional del cubo tiene una fila por celda y periodo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="102"/>
        <source>Points with a period (incidents, premises)</source>
        <translation>Puntos con un periodo (incidentes, establecimientos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="105"/>
        <source>Period field (a period number or label, or a date)</source>
        <translation>Campo de periodo (un número o etiqueta de periodo, o una fecha)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="138"/>
        <source>Periods</source>
        <translation>Periodos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="108"/>
        <source>Each value of the field</source>
        <translation>Cada valor del campo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="108"/>
        <source>Years (dates)</source>
        <translation>Años (fechas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="108"/>
        <source>Quarters (dates)</source>
        <translation>Trimestres (fechas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="108"/>
        <source>Months (dates)</source>
        <translation>Meses (fechas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="112"/>
        <source>Or: one point layer per period, oldest first (registers)</source>
        <translation>O: una capa de puntos por periodo, de la más antigua a la más reciente (registros)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="115"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="117"/>
        <source>Cell size (m)</source>
        <translation>Tamaño de celda (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="119"/>
        <source>Grid type</source>
        <translation>Tipo de cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="119"/>
        <source>Hexagon</source>
        <translation>Hexágono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="119"/>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="121"/>
        <source>Time window (earlier periods in each neighbourhood)</source>
        <translation>Ventana temporal (periodos anteriores en cada vecindario)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="124"/>
        <source>Compare each bin with</source>
        <translation>Comparar cada bin con</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="124"/>
        <source>All bins of the cube</source>
        <translation>Todos los bins del cubo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="124"/>
        <source>The bins of its time window</source>
        <translation>Los bins de su ventana temporal</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="129"/>
        <source>Significant at</source>
        <translation>Significativo al</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="131"/>
        <source>False discovery rate correction (Benjamini-Hochberg)</source>
        <translation>Corrección de la tasa de falsos descubrimientos (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="133"/>
        <source>Emerging hot spots</source>
        <translation>Puntos calientes emergentes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="135"/>
        <source>Space-time cube (one row per cell and period)</source>
        <translation>Cubo espacio-temporal (una fila por celda y periodo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="139"/>
        <source>Cells</source>
        <translation>Celdas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="149"/>
        <source>A {} m grid over the study area {} would need about {} million cells: use a larger cell size.</source>
        <translation>Una cuadrícula de {} m sobre el área de estudio {} necesitaría unos {} millones de celdas: use un tamaño de celda mayor.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="154"/>
        <source>Periods, oldest first: {}</source>
        <translation>Periodos, del más antiguo al más reciente: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="160"/>
        <source>{} points lie outside the grid over {} and are not counted.</source>
        <translation>{} puntos quedan fuera de la cuadrícula sobre {} y no se cuentan.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="172"/>
        <source>Canceled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="174"/>
        <source>No emerging hot spot analysis of {}: {}</source>
        <translation>No hay análisis de puntos calientes emergentes de {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="177"/>
        <source>Period {} has the same count in every cell: no hot or cold spot in it.</source>
        <translation>El periodo {} tiene el mismo recuento en todas las celdas: no hay puntos calientes ni fríos en él.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="197"/>
        <source>The study area {} is in a geographic CRS ({}): cell sizes need metres. Reproject it to a projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first.</source>
        <translation>El área de estudio {} está en un SRC geográfico ({}): los tamaños de celda necesitan metros. Reproyéctela primero a un SRC proyectado (para Belice, EPSG:32616 WGS 84 / UTM 16N).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="197"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="204"/>
        <source>The study area {} has no polygon.</source>
        <translation>El área de estudio {} no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="218"/>
        <source>Give either a point layer with a period field, or one point layer per period (not both).</source>
        <translation>Indique una capa de puntos con un campo de periodo, o una capa de puntos por periodo (no ambas).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="224"/>
        <source>The layer {} has no period field {}: choose the field that holds each point&apos;s period or date.</source>
        <translation>La capa {} no tiene el campo de periodo {}: elija el campo que contiene el periodo o la fecha de cada punto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="233"/>
        <source>{} points of {} have no readable period in {} and are left out.</source>
        <translation>{} puntos de {} no tienen un periodo legible en {} y quedan fuera.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="236"/>
        <source>The layer {} has {} periods in {}: emerging hot spots need at least three (ten or more for trends to be significant).</source>
        <translation>La capa {} tiene {} periodos en {}: los puntos calientes emergentes necesitan al menos tres (diez o más para que las tendencias sean significativas).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="243"/>
        <source>{} layers given: emerging hot spots need at least three periods (ten or more for trends to be significant).</source>
        <translation>Se indicaron {} capas: los puntos calientes emergentes necesitan al menos tres periodos (diez o más para que las tendencias sean significativas).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="259"/>
        <source>Patterns: {} ({} cells without a pattern)</source>
        <translation>Patrones: {} ({} celdas sin patrón)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="259"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="268"/>
        <source>More than {} periods: the per-period columns are only in the cube table.</source>
        <translation>Más de {} periodos: las columnas por periodo solo están en la tabla del cubo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="296"/>
        <source>Canceled: the layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="312"/>
        <source>Could not write the layer: {}</source>
        <translation>No se pudo escribir la capa: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/emerging_hotspots.py" line="334"/>
        <source>Canceled: the cube table is incomplete and must not be used.</source>
        <translation>Cancelado: la tabla del cubo está incompleta y no debe usarse.</translation>
    </message>
</context>
<context>
    <name>ExportBundleAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="49"/>
        <source>Export an analysis bundle (GeoPackage)</source>
        <translation>Exportar un paquete de análisis (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="52"/>
        <source>Packs the analysis into one GeoPackage another agency opens with nothing else: every layer with its current style stored as the default, a QGIS project stored inside the file (Browser: expand the GeoPackage and double-click the project), and a run record: the table infosegura_run_record (inputs with row counts and SHA-256 of their files, every algorithm&apos;s parameters, matched/tied/unmatched, conflicts, cells, plugin/QGIS/GDAL versions, date, classification) and an HTML report beside the file.

Without layers, the InfoSegura outputs of the project are bundled. Sensitive places (shelters and the other sensitive categories or flags) are left out, and their legend classes removed, unless you tick Include sensitive places. The classification is PUBLIC only when every layer comes from the public-safe export; otherwise RESTRICTED.

Keep the file name when you pass it on: QGIS finds the project&apos;s layers by it.</source>
        <translation>Empaqueta el análisis en un solo GeoPackage que otra agencia abre sin nada más: cada capa con su estilo actual guardado como predeterminado, un proyecto de QGIS guardado dentro del archivo (Navegador: despliegue el GeoPackage y haga doble clic en el proyecto) y un registro de ejecución: la tabla infosegura_run_record (entradas con conteos de filas y SHA-256 de sus archivos, los parámetros de cada algoritmo, emparejados/empatados/sin emparejar, conflictos, celdas, versiones del complemento/QGIS/GDAL, fecha, clasificación) y un informe HTML junto al archivo.

Sin capas, se empaquetan los resultados de InfoSegura del proyecto. Los lugares sensibles (albergues y las demás categorías o marcas sensibles) se excluyen, y se quitan sus clases de la leyenda, salvo que marque Incluir lugares sensibles. La clasificación es PÚBLICO solo cuando todas las capas provienen de la exportación pública segura; si no, RESTRINGIDO.

Conserve el nombre del archivo al entregarlo: QGIS encuentra las capas del proyecto por él.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="67"/>
        <source>Analysis layers (empty: the InfoSegura outputs of the project)</source>
        <translation>Capas del análisis (vacío: los resultados de InfoSegura del proyecto)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="70"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="70"/>
        <source>InfoSegura analysis</source>
        <translation>Análisis de InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="72"/>
        <source>Include sensitive places (shelters): restricted bundles only</source>
        <translation>Incluir lugares sensibles (albergues): solo paquetes restringidos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="75"/>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="75"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="77"/>
        <source>Run record report (empty: beside the bundle)</source>
        <translation>Informe del registro de ejecución (vacío: junto al paquete)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="77"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="80"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="81"/>
        <source>Project stored in the bundle</source>
        <translation>Proyecto guardado en el paquete</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="89"/>
        <source>Bundling the InfoSegura layers of the project: {}</source>
        <translation>Empaquetando las capas de InfoSegura del proyecto: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="92"/>
        <source>No layer to bundle: choose the analysis layers (the project has no InfoSegura output).</source>
        <translation>No hay ninguna capa que empaquetar: elija las capas del análisis (el proyecto no tiene resultados de InfoSegura).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="96"/>
        <source>The layer {} cannot be read: fix or remove it first.</source>
        <translation>No se puede leer la capa {}: arréglela o quítela primero.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="104"/>
        <source>Sensitive places are included: this bundle is RESTRICTED and must go only to agencies entitled to know where shelters are.</source>
        <translation>Se incluyen lugares sensibles: este paquete es RESTRINGIDO y solo debe ir a agencias autorizadas a saber dónde están los albergues.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="110"/>
        <source>Canceled: no bundle was written.</source>
        <translation>Cancelado: no se escribió ningún paquete.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="112"/>
        <source>The bundle {} was not written: {}</source>
        <translation>No se escribió el paquete {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="115"/>
        <source>{} sensitive rows were left out.</source>
        <translation>Se excluyeron {} filas sensibles.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/export_bundle.py" line="116"/>
        <source>Bundle {} ({}): {} layers; open the project {} from the Browser.</source>
        <translation>Paquete {} ({}): {} capas; abra el proyecto {} desde el Navegador.</translation>
    </message>
</context>
<context>
    <name>GeocodeAddressesAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="91"/>
        <source>Geocode licence addresses</source>
        <translation>Geocodificar direcciones de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="146"/>
        <source>Licence register (table or layer)</source>
        <translation>Registro de licencias (tabla o capa)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="147"/>
        <source>Address field</source>
        <translation>Campo de dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="149"/>
        <source>Streets</source>
        <translation>Calles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="150"/>
        <source>Street name field</source>
        <translation>Campo de nombre de calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="151"/>
        <source>Other street names field (separated by ;)</source>
        <translation>Campo de otros nombres de calle (separados por ;)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="153"/>
        <source>Left side: first house number</source>
        <translation>Lado izquierdo: primer número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="154"/>
        <source>Left side: last house number</source>
        <translation>Lado izquierdo: último número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="155"/>
        <source>Right side: first house number</source>
        <translation>Lado derecho: primer número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="156"/>
        <source>Right side: last house number</source>
        <translation>Lado derecho: último número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="163"/>
        <source>Area name field</source>
        <translation>Campo de nombre de área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="164"/>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="165"/>
        <source>Landmark name field</source>
        <translation>Campo de nombre del punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="166"/>
        <source>Other landmark names field (separated by ;)</source>
        <translation>Campo de otros nombres del punto de referencia (separados por ;)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="168"/>
        <source>Landmark kind field</source>
        <translation>Campo de tipo de punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="169"/>
        <source>Highway mile markers</source>
        <translation>Marcadores de milla de las carreteras</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="170"/>
        <source>Mile marker highway field</source>
        <translation>Campo de carretera del marcador de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="171"/>
        <source>Mile marker mile field</source>
        <translation>Campo de milla del marcador de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="173"/>
        <source>Minimum score to accept a match (0-100)</source>
        <translation>Puntuación mínima para aceptar una ubicación (0-100)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="176"/>
        <source>Use the address memory (placements confirmed before)</source>
        <translation>Usar la memoria de direcciones (ubicaciones confirmadas antes)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="179"/>
        <source>Address memory file (default: the one in the settings)</source>
        <translation>Archivo de memoria de direcciones (predeterminado: el de la configuración)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="184"/>
        <source>Geocoded premises</source>
        <translation>Establecimientos geocodificados</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="186"/>
        <source>Matched rows</source>
        <translation>Filas ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="186"/>
        <source>Tied rows</source>
        <translation>Filas empatadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="186"/>
        <source>Unmatched rows</source>
        <translation>Filas no ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="204"/>
        <source>Layer {} has no field {}</source>
        <translation>La capa {} no tiene el campo {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="250"/>
        <source>Building the street index...</source>
        <translation>Construyendo el índice de calles...</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="282"/>
        <source>{} matched, {} tied, {} unmatched of {} rows</source>
        <translation>{} ubicadas, {} empatadas, {} no ubicadas de {} filas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="281"/>
        <source>Canceled: the geocoded layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa geocodificada está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="94"/>
        <source>Places each row of a licence register on the map from its free-text address, offline, and says how: gc_status (matched, tied or unmatched), gc_score (0-100), gc_type (the level that placed it), gc_street, gc_note (why, in words) and gc_candidates (JSON, for tied and unmatched rows).

Levels, best first: coordinates already in the register (a point layer&apos;s own geometry near the streets) -&gt; the address memory (when &apos;Use the address memory&apos; is ticked) -&gt; house number on the address range of the right side of the right segment (parity, 10 m corner setback, 8 m off the centre line, following bends) -&gt; corner of two named streets (computed from the lines) -&gt; landmark (opposite, behind, next to, near; English and Spanish) -&gt; street only (a point on the street, in the area named when there is one) -&gt; area only -&gt; unmatched. The first level whose best candidate reaches the minimum score decides. Street names are matched fuzzily: typos, abbreviations, Spanish types and missing type words cost a few points.

Towns: one street layer may hold one town or the whole country. The towns the reference layers cover come from the street layer&apos;s town field, the towns layer, the areas layer (which may hold towns and neighbourhoods together) and &apos;Town of streets without a town&apos;. A covered town named in an address (&apos;Orange Walk&apos;, &apos;O.W.&apos;, &apos;OW Town&apos;) or in the register&apos;s town field narrows the search to that town. An address in a town the layers do not cover is unmatched, &apos;in another town&apos;. When the layers name no town at all, the town the register names most often is taken as the street layer&apos;s own (the log says so).

No silent guesses: when another candidate scores within {} points of the best one and lies more than {} m from it (the same street name in two towns and no town given, a corner found twice, a landmark phrase that fits several landmarks) the row is &apos;tied&apos;: it is shown at the best candidate for review and all candidates are listed. Unmatched rows have no geometry; their gc_score is the best candidate&apos;s score. Every input row appears exactly once in the output, which is in the street layer&apos;s CRS.

Fields left empty are found by their usual names (name, ST_NAME, STREET, FULLNAME; L_F_ADD, LFROMADD, FROMLEFT; TOWN, CITY, VILLAGE ...).</source>
        <translation>Ubica en el mapa cada fila de un registro de licencias a partir de su dirección en texto libre, sin conexión, y dice cómo: gc_status (matched = ubicada, tied = empatada o unmatched = sin ubicar), gc_score (0-100), gc_type (el nivel que la ubicó), gc_street, gc_note (por qué, en palabras) y gc_candidates (JSON, para filas empatadas y sin ubicar).

Niveles, del mejor al peor: coordenadas que ya trae el registro (la geometría propia de una capa de puntos cerca de las calles) -&gt; la memoria de direcciones (si «Usar la memoria de direcciones» está marcado) -&gt; número de casa en el rango de direcciones del lado correcto del segmento correcto (paridad, retiro de 10 m de la esquina, 8 m desde el eje, siguiendo las curvas) -&gt; esquina de dos calles nombradas (calculada a partir de las líneas) -&gt; punto de referencia (frente a, detrás de, al lado de, cerca de; inglés y español) -&gt; solo la calle (un punto sobre la calle, en la zona nombrada si la hay) -&gt; solo la zona -&gt; sin ubicar. Decide el primer nivel cuyo mejor candidato alcanza la puntuación mínima. Los nombres de calle se comparan de forma aproximada: errores de escritura, abreviaturas, tipos en español y tipos omitidos cuestan unos pocos puntos.

Pueblos: una capa de calles puede contener un pueblo o todo el país. Los pueblos que cubren las capas de referencia vienen del campo de pueblo de la capa de calles, de la capa de pueblos, de la capa de zonas (que puede contener pueblos y barrios juntos) y de «Pueblo de las calles sin pueblo». Un pueblo cubierto que se nombra en una dirección («Orange Walk», «O.W.», «OW Town») o en el campo de pueblo del registro limita la búsqueda a ese pueblo. Una dirección en un pueblo que las capas no cubren queda sin ubicar, «en otro pueblo». Si las capas no nombran ningún pueblo, se toma como propio de la capa de calles el pueblo que el registro nombra con más frecuencia (el registro de mensajes lo indica).

Sin suposiciones silenciosas: cuando otro candidato puntúa a menos de {} puntos del mejor y está a más de {} m de él (el mismo nombre de calle en dos pueblos sin indicar el pueblo, una esquina hallada dos veces, una frase que corresponde a varios puntos de referencia) la fila queda «empatada»: se muestra en el mejor candidato para revisarla y se listan todos los candidatos. Las filas sin ubicar no tienen geometría; su gc_score es la puntuación del mejor candidato. Cada fila de entrada aparece exactamente una vez en la salida, que está en el SRC de la capa de calles.

Los campos que se dejan vacíos se buscan por sus nombres habituales (name, ST_NAME, STREET, FULLNAME; L_F_ADD, LFROMADD, FROMLEFT; TOWN, CITY, VILLAGE ...).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="148"/>
        <source>Town field of the register (optional)</source>
        <translation>Campo de pueblo del registro (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="152"/>
        <source>Town or village field of the streets</source>
        <translation>Campo de pueblo o aldea de las calles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="157"/>
        <source>Town of streets without a town (a street layer of one town)</source>
        <translation>Pueblo de las calles sin pueblo (una capa de calles de un solo pueblo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="160"/>
        <source>Towns and villages (polygons)</source>
        <translation>Pueblos y aldeas (polígonos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="161"/>
        <source>Town name field</source>
        <translation>Campo del nombre del pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="162"/>
        <source>Areas (neighbourhoods, and towns)</source>
        <translation>Zonas (barrios y pueblos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="212"/>
        <source>Choose &apos;{}&apos; for layer {}: none of its fields has a usual name for it</source>
        <translation>Elija «{}» para la capa {}: ninguno de sus campos tiene un nombre habitual para ello</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="245"/>
        <source>Street fields: name {}, town {}, ranges {}</source>
        <translation>Campos de calles: nombre {}, pueblo {}, rangos {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="269"/>
        <source>{} streets from {} segments; towns covered: {}</source>
        <translation>{} calles de {} segmentos; pueblos cubiertos: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="296"/>
        <source>The reference layers name no town (no town field, towns layer or town area) and the register names no town most of the time: addresses naming a town are reported as &apos;in another town&apos;. Give &apos;Town of streets without a town&apos; to place them.</source>
        <translation>Las capas de referencia no nombran ningún pueblo (sin campo de pueblo, capa de pueblos ni zona que sea pueblo) y el registro no nombra un mismo pueblo la mayoría de las veces: las direcciones que nombran un pueblo se informan como «en otro pueblo». Indique «Pueblo de las calles sin pueblo» para ubicarlas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="303"/>
        <source>The reference layers name no town; the register names {} in {} of the {} rows that name a town, so the street layer is taken to be {}. Set &apos;Town of streets without a town&apos; to choose another.</source>
        <translation>Las capas de referencia no nombran ningún pueblo; el registro nombra {} en {} de las {} filas que nombran un pueblo, así que se toma la capa de calles como {}. Indique «Pueblo de las calles sin pueblo» para elegir otro.</translation>
    </message>
</context>
<context>
    <name>HotspotsAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="51"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Puntos calientes (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="72"/>
        <source>Polygons (for example the risk grid)</source>
        <translation>Polígonos (por ejemplo, la cuadrícula de riesgo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="74"/>
        <source>Value field</source>
        <translation>Campo de valor</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="76"/>
        <source>Neighbourhood</source>
        <translation>Vecindad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="76"/>
        <source>Contiguity (sharing an edge or a vertex)</source>
        <translation>Contigüidad (comparten un borde o un vértice)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="76"/>
        <source>Distance band (centroids)</source>
        <translation>Banda de distancia (centroides)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="80"/>
        <source>Distance band (m; 0 = smallest giving every polygon a neighbour)</source>
        <translation>Banda de distancia (m; 0 = la más pequeña que da un vecino a cada polígono)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="83"/>
        <source>Permutations (0 = analytic normal p-values)</source>
        <translation>Permutaciones (0 = valores p normales analíticos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="86"/>
        <source>False discovery rate correction (Benjamini-Hochberg)</source>
        <translation>Corrección de la tasa de falsos descubrimientos (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="88"/>
        <source>Random seed for the permutations</source>
        <translation>Semilla aleatoria para las permutaciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="91"/>
        <source>Hot spots</source>
        <translation>Puntos calientes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="104"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="120"/>
        <source>{} polygons have no value in {} (or no geometry): they are kept with an empty result and are nobody&apos;s neighbour.</source>
        <translation>{} polígonos no tienen valor en {} (o no tienen geometría): se conservan con un resultado vacío y no son vecinos de ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="131"/>
        <source>Pseudo p-values from {} conditional permutations (seed {})</source>
        <translation>Pseudovalores p de {} permutaciones condicionales (semilla {})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="134"/>
        <source>The smallest two-sided pseudo p-value of {} permutations is 2/{}: 99% hot and cold spots need at least 200 permutations (999 is usual).</source>
        <translation>El pseudovalor p bilateral más pequeño con {} permutaciones es 2/{}: los puntos calientes y fríos al 99% necesitan al menos 200 permutaciones (lo habitual es 999).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="138"/>
        <source>{} polygons x {} permutations will take minutes: analytic p-values (0 permutations) are instant.</source>
        <translation>{} polígonos x {} permutaciones tardarán minutos: los valores p analíticos (0 permutaciones) son instantáneos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="145"/>
        <source>Every polygon of {} has the same {}.</source>
        <translation>Todos los polígonos de {} tienen el mismo valor de {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="147"/>
        <source>Gi* failed on {}: {}</source>
        <translation>Gi* falló en {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="166"/>
        <source>Canceled: no hot spot layer was written.</source>
        <translation>Cancelado: no se escribió ninguna capa de puntos calientes.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="168"/>
        <source>The layer {} has no features.</source>
        <translation>La capa {} no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="175"/>
        <source>Neighbours: contiguity (sharing an edge or a vertex)</source>
        <translation>Vecinos: contigüidad (comparten un borde o un vértice)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="183"/>
        <source>The polygons&apos; centroids all coincide: no distance band fits.</source>
        <translation>Los centroides de los polígonos coinciden todos: ninguna banda de distancia sirve.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="191"/>
        <source>hot spot 99%</source>
        <translation>punto caliente 99%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="191"/>
        <source>hot spot 95%</source>
        <translation>punto caliente 95%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="191"/>
        <source>hot spot 90%</source>
        <translation>punto caliente 90%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>cold spot 90%</source>
        <translation>punto frío 90%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>cold spot 95%</source>
        <translation>punto frío 95%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>cold spot 99%</source>
        <translation>punto frío 99%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="194"/>
        <source>Gi* classes: {}</source>
        <translation>Clases de Gi*: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="196"/>
        <source>Significance with the Benjamini-Hochberg false discovery rate correction</source>
        <translation>Significancia con la corrección de la tasa de falsos descubrimientos de Benjamini-Hochberg</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="236"/>
        <source>Canceled: the hot spot layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de puntos calientes está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="241"/>
        <source>Could not write the hot spot layer: {}</source>
        <translation>No se pudo escribir la capa de puntos calientes: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="54"/>
        <source>Getis-Ord Gi* hot spot analysis of a numeric field on polygons (for example the risk grid&apos;s outlet_count or risk_score). Each polygon&apos;s neighbourhood is itself plus the polygons that share an edge or a vertex with it (contiguity; gaps under 1 mm count as shared), or whose centroids lie within the distance band; weights are binary. The z-scores are those of PySAL esda G_Local(star=True) with binary weights.

gi_z: the Gi* z-score. gi_p: the two-sided normal p-value, or with permutations the pseudo p-value of conditional permutations, two-sided: 2 (extreme + 1) / (permutations + 1), at most 1. gi_class: +3/-3 hot/cold spot at 99% confidence (p &lt; 0.01), +2/-2 at 95% (p &lt; 0.05), +1/-1 at 90% (p &lt; 0.10), 0 not significant. With the false discovery rate correction the Benjamini-Hochberg procedure runs over all polygons, separately at each level.

The output keeps the input polygons, their attributes and CRS. The layer must be in a projected CRS; at least 30 polygons with a value are needed; polygons without a value are kept with an empty result. Polygons without neighbours are reported and get gi_class 0 and no z-score. A distance band of 0 uses the smallest distance that gives every polygon a neighbour.</source>
        <translation>Análisis de puntos calientes Getis-Ord Gi* de un campo numérico sobre polígonos (por ejemplo, outlet_count o risk_score de la cuadrícula de riesgo). La vecindad de cada polígono es el propio polígono más los polígonos que comparten con él un borde o un vértice (contigüidad; las separaciones menores de 1 mm cuentan como compartidas), o cuyos centroides están dentro de la banda de distancia; los pesos son binarios. Las puntuaciones z son las de PySAL esda G_Local(star=True) con pesos binarios.

gi_z: la puntuación z de Gi*. gi_p: el valor p normal bilateral o, con permutaciones, el pseudovalor p de las permutaciones condicionales, bilateral: 2 (extremos + 1) / (permutaciones + 1), como máximo 1. gi_class: +3/-3 punto caliente/frío con 99% de confianza (p &lt; 0.01), +2/-2 con 95% (p &lt; 0.05), +1/-1 con 90% (p &lt; 0.10), 0 no significativo. Con la corrección de la tasa de falsos descubrimientos, el procedimiento de Benjamini-Hochberg se aplica a todos los polígonos, por separado en cada nivel.

El resultado conserva los polígonos de entrada, sus atributos y su SRC. La capa debe estar en un SRC proyectado; se necesitan al menos 30 polígonos con valor; los polígonos sin valor se conservan con un resultado vacío. Los polígonos sin vecinos se informan y reciben gi_class 0 y ninguna puntuación z. Una banda de distancia de 0 usa la distancia más pequeña que da al menos un vecino a cada polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="186"/>
        <source>Neighbours: centroids within {} m (about {} per polygon)</source>
        <translation>Vecinos: centroides a menos de {} m (unos {} por polígono)</translation>
    </message>
</context>
<context>
    <name>ImportRegisterAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="61"/>
        <source>Import a licence register</source>
        <translation>Importar un registro de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="126"/>
        <source>Licence register</source>
        <translation>Registro de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="95"/>
        <source>Sheet (name or number, workbooks only)</source>
        <translation>Hoja (nombre o número, solo para libros)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="96"/>
        <source>Empty: the first sheet that has a register header. A number counts from 1.</source>
        <translation>Vacío: la primera hoja que tenga un encabezado de registro. Los números cuentan desde 1.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="98"/>
        <source>Licence number column (heading)</source>
        <translation>Columna de número de licencia (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="98"/>
        <source>Premises name column (heading)</source>
        <translation>Columna de nombre del establecimiento (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="98"/>
        <source>Address column (heading)</source>
        <translation>Columna de dirección (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="98"/>
        <source>Licence class column (heading)</source>
        <translation>Columna de clase de licencia (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="106"/>
        <source>The heading as written in the register; it wins over detection.</source>
        <translation>El encabezado tal como está escrito en el registro; tiene prioridad sobre la detección.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="108"/>
        <source>Licence class to category map (CSV or JSON)</source>
        <translation>Tabla de equivalencias de clase de licencia a categoría (CSV o JSON)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="108"/>
        <source>Category maps (*.csv *.json)</source>
        <translation>Tablas de equivalencias de categorías (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="116"/>
        <source>Two columns: licence_class, category (on_premise, off_premise, occasional, unknown). Its classes win over the bundled Belize mapping; other classes keep the default.</source>
        <translation>Dos columnas: licence_class, category (on_premise, off_premise, occasional, unknown). Sus clases tienen prioridad sobre la tabla de Belice incluida; las demás clases conservan la categoría predeterminada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="121"/>
        <source>Reference date for expiry (YYYY-MM-DD, empty = today)</source>
        <translation>Fecha de referencia para el vencimiento (AAAA-MM-DD, vacío = hoy)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="131"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="132"/>
        <source>Rows with issues</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="137"/>
        <source>Choose a licence register file.</source>
        <translation>Elija un archivo de registro de licencias.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="241"/>
        <source>{}: the import was cancelled.</source>
        <translation>{}: se canceló la importación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="201"/>
        <source>Cells starting with =, +, - or @ were escaped with an apostrophe for spreadsheets.</source>
        <translation>Las celdas que empiezan con =, +, - o @ se escaparon con un apóstrofo para las hojas de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="251"/>
        <source>{}: the output could not be written ({}).</source>
        <translation>{}: no se pudo escribir el resultado ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="64"/>
        <source>Reads a liquor licence register as the licensing board sent it (CSV, TXT, TSV, Excel .xlsx, old Excel .xls or OpenDocument .ods) and keeps every row exactly once, with its original columns unchanged.

The encoding, the delimiter, a title block above the header, headings split over two rows and the meaning of each column (English or Spanish headings) are detected; name a column yourself in the advanced parameters when the guess is wrong. A quote that is never closed in a CSV is reported with its line, and the rows after it are kept.

Added fields: licence_id, premises, licensee, address, licence_class, category (on_premise, off_premise, occasional, unknown), status (active, expired, unknown on the reference date), issued_date, expiry_date, source_row (1 = the first row below the header) and issues: the problems of the row, separated by &apos;;&apos; (missing_address, duplicate_licence, expired, bad_date, bad_coordinates, swapped_lat_lon, outside_belize, unknown_class, ...).

Dates are read day first (05/07/2025 is 5 July). When the register has valid coordinates (latitude/longitude or UTM 16N) the output is a point layer in EPSG:32616; otherwise it is a table for the geocoder.

Cells that start with =, +, - or @ are kept as text and never evaluated; they are escaped when the output is written as CSV or a spreadsheet.</source>
        <translation>Lee un registro de licencias de licor tal como lo envió la junta de licencias (CSV, TXT, TSV, Excel .xlsx, Excel antiguo .xls u OpenDocument .ods) y conserva cada fila exactamente una vez, con sus columnas originales sin cambios.

Se detectan la codificación, el delimitador, un bloque de título sobre el encabezado, los encabezados repartidos en dos filas y el significado de cada columna (encabezados en inglés o en español); si la detección se equivoca, indique usted mismo la columna en los parámetros avanzados. Unas comillas que nunca se cierran en un CSV se informan con su línea, y las filas que siguen se conservan.

Campos añadidos: licence_id, premises, licensee, address, licence_class, category (on_premise, off_premise, occasional, unknown), status (active, expired, unknown en la fecha de referencia), issued_date, expiry_date, source_row (1 = la primera fila debajo del encabezado) e issues: los problemas de la fila, separados por ';' (missing_address, duplicate_licence, expired, bad_date, bad_coordinates, swapped_lat_lon, outside_belize, unknown_class, ...).

Las fechas se leen con el día primero (05/07/2025 es el 5 de julio). Cuando el registro tiene coordenadas válidas (latitud/longitud o UTM 16N), el resultado es una capa de puntos en EPSG:32616; si no, es una tabla para el geocodificador.

Las celdas que empiezan con =, +, - o @ se conservan como texto y nunca se evalúan; se escapan cuando el resultado se escribe como CSV o como hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="87"/>
        <source>Licence registers (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*.*)</source>
        <translation>Registros de licencias (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="157"/>
        <source>{}: the register is too large for the memory of this computer. Split it, or save it as .csv and try again.</source>
        <translation>{}: el registro es demasiado grande para la memoria de este equipo. Divídalo, o guárdelo como .csv e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="162"/>
        <source>{}: the register cannot be read ({}: {}). Open it in Excel or LibreOffice, save it again as .xlsx or .csv and import that file.</source>
        <translation>{}: el registro no se puede leer ({}: {}). Ábralo en Excel o LibreOffice, guárdelo de nuevo como .xlsx o .csv e importe ese archivo.</translation>
    </message>
</context>
<context>
    <name>InfoSeguraAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="199"/>
        <source>The run record could not be stored: {}</source>
        <translation>No se pudo guardar el registro de ejecución: {}</translation>
    </message>
</context>
<context>
    <name>InfoSeguraDock</name>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="241"/>
        <source>InfoSegura</source>
        <translation>InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="30"/>
        <source>Load the Belmopan sample</source>
        <translation>Cargar la muestra de Belmopan</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="42"/>
        <source>1. Import a licence register</source>
        <translation>1. Importar un registro de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="42"/>
        <source>Read a CSV or Excel register as the licensing board sent it; every row is kept and each problem named.</source>
        <translation>Lea un registro CSV o Excel tal como lo envió la junta de licencias; se conserva cada fila y se nombra cada problema.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="47"/>
        <source>2. Geocode addresses</source>
        <translation>2. Geocodificar direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="47"/>
        <source>Place each premises on the street map, offline, with a status, a score and a match type.</source>
        <translation>Ubique cada establecimiento en el mapa de calles, sin conexión, con un estado, un puntaje y un tipo de coincidencia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="58"/>
        <source>3. Remember placements</source>
        <translation>3. Recordar ubicaciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="58"/>
        <source>Store the points you placed or confirmed by hand, so next year&apos;s register geocodes at once.</source>
        <translation>Guarde los puntos que ubicó o confirmó a mano, para que el registro del próximo año se geocodifique de inmediato.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="63"/>
        <source>4. Outlets near schools</source>
        <translation>4. Expendios cerca de escuelas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="63"/>
        <source>Lines from each outlet to each sensitive place closer than a distance you choose.</source>
        <translation>Líneas de cada expendio a cada lugar sensible más cercano que la distancia que usted elija.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="68"/>
        <source>5. Risk terrain grid</source>
        <translation>5. Cuadrícula de terreno de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="68"/>
        <source>Relative risk from outlet density and proximity, on a hexagon or square grid.</source>
        <translation>Riesgo relativo según la densidad y la proximidad de expendios, en una cuadrícula hexagonal o cuadrada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="73"/>
        <source>6. Hot spots (Gi*)</source>
        <translation>6. Puntos calientes (Gi*)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="73"/>
        <source>Where high or low values cluster significantly, with false-discovery-rate correction.</source>
        <translation>Dónde se agrupan significativamente los valores altos o bajos, con corrección de la tasa de falsos descubrimientos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="78"/>
        <source>7. Communities at highest risk</source>
        <translation>7. Comunidades de mayor riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="78"/>
        <source>A ranked table of neighbourhoods: outlets, density, conflicts and risk.</source>
        <translation>Una tabla ordenada de barrios: expendios, densidad, conflictos y riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="83"/>
        <source>8. What changed since the last register</source>
        <translation>8. Qué cambió desde el último registro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="83"/>
        <source>New, closed, moved and renewed premises between two registers, and the net change per neighbourhood.</source>
        <translation>Establecimientos nuevos, cerrados, trasladados y renovados entre dos registros, y el cambio neto por barrio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="88"/>
        <source>9. Emerging hot spots</source>
        <translation>9. Puntos calientes emergentes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="88"/>
        <source>Over several periods: where hot spots are new, growing, lasting or fading.</source>
        <translation>A lo largo de varios periodos: dónde los puntos calientes son nuevos, crecen, se mantienen o se desvanecen.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="93"/>
        <source>10. Check a licence application</source>
        <translation>10. Revisar una solicitud de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="93"/>
        <source>One page for the licensing board: what stands around the proposed premises. Facts, never a verdict.</source>
        <translation>Una página para la junta de licencias: qué hay alrededor del establecimiento propuesto. Hechos, nunca un veredicto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="49"/>
        <source>Choose the project data once; each step then opens a tool pre-filled with it (the same tools are in the Processing toolbox).</source>
        <translation>Elija una vez los datos del proyecto; luego cada paso abre una herramienta ya rellenada con ellos (las mismas herramientas están en la caja de herramientas de Processing).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="53"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="55"/>
        <source>Open the user guide (offline)</source>
        <translation>Abrir la guía del usuario (sin conexión)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="200"/>
        <source>The synthetic Belmopan sample is loaded and set as the project data.</source>
        <translation>La muestra sintética de Belmopan está cargada y es ahora los datos del proyecto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="30"/>
        <source>Synthetic streets, neighbourhoods, community assets and landmarks for training; they become the project data.</source>
        <translation>Calles, barrios, bienes comunitarios y puntos de referencia sintéticos para capacitación; pasan a ser los datos del proyecto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="52"/>
        <source>Review addresses</source>
        <translation>Revisar direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="52"/>
        <source>Settle tied and unmatched rows on the map: take a candidate, click the place, or leave it with a reason.</source>
        <translation>Resuelva en el mapa las filas empatadas y no ubicadas: tome un candidato, haga clic en el lugar o déjela con un motivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="98"/>
        <source>One GeoPackage with the styled layers, the project and the run record; shelters left out.</source>
        <translation>Un GeoPackage con las capas con estilo, el proyecto y el registro de ejecución; sin albergues.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="103"/>
        <source>A PDF: a cover with the ranked communities, then one page per neighbourhood.</source>
        <translation>Un PDF: una portada con las comunidades ordenadas y luego una página por barrio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="108"/>
        <source>For the web or the press: no shelters, no personal data, incidents only as counts.</source>
        <translation>Para la web o la prensa: sin albergues, sin datos personales, incidentes solo como conteos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="113"/>
        <source>Into your agency&apos;s schema, all or nothing, with styles; credentials stay in QGIS.</source>
        <translation>En el esquema de su agencia, todo o nada, con estilos; las credenciales se quedan en QGIS.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="98"/>
        <source>11. Share with an agency (bundle)</source>
        <translation>11. Compartir con una agencia (paquete)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="103"/>
        <source>12. Print the community atlas</source>
        <translation>12. Imprimir el atlas comunitario</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="108"/>
        <source>13. Public-safe export</source>
        <translation>13. Exportación pública segura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="113"/>
        <source>14. Publish to the shared PostGIS</source>
        <translation>14. Publicar en el PostGIS compartido</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="36"/>
        <source>Run everything (register to results)</source>
        <translation>Ejecutar todo (del registro a los resultados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="36"/>
        <source>Steps 1 to 7, and the bundle, atlas and public export, in one run with the project data: choose the register file and a results folder.</source>
        <translation>Los pasos 1 a 7, y el paquete, el atlas y la exportación pública, en una sola ejecución con los datos del proyecto: elija el archivo del registro y una carpeta de resultados.</translation>
    </message>
</context>
<context>
    <name>InfoSeguraPlugin</name>
    <message>
        <location filename="../infosegura_plugin/plugin.py" line="37"/>
        <source>InfoSegura</source>
        <translation>InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/plugin.py" line="40"/>
        <source>Show the InfoSegura panel</source>
        <translation>Mostrar el panel de InfoSegura</translation>
    </message>
</context>
<context>
    <name>InfoSeguraProvider</name>
    <message>
        <location filename="../infosegura_plugin/processing/provider.py" line="16"/>
        <source>InfoSegura</source>
        <translation>InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/provider.py" line="19"/>
        <source>InfoSegura: licensed premises, community assets and risk</source>
        <translation>InfoSegura: establecimientos con licencia, bienes comunitarios y riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/__init__.py" line="38"/>
        <source>{} is not available: {}. On Debian/Ubuntu install python3-shapely; other QGIS installers include it.</source>
        <translation>{} no está disponible: {}. En Debian/Ubuntu instale python3-shapely; los demás instaladores de QGIS lo incluyen.</translation>
    </message>
</context>
<context>
    <name>LoadSampleAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="54"/>
        <source>Load the Belmopan sample (synthetic)</source>
        <translation>Cargar la muestra de Belmopan (sintética)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="57"/>
        <source>Copies the bundled, entirely synthetic Belmopan sample into a GeoPackage and adds it to the map, styled: streets with address ranges, neighbourhoods with population, the city boundary, community assets, landmarks, highway mile markers and simulated incidents. Victim-support shelters are sensitive and are left out unless you tick the option. The licence registers (CSV and Excel) are in the plugin&apos;s resources/sample folder.</source>
        <translation>Copia la muestra de Belmopan incluida, totalmente sintética, en un GeoPackage y la añade al mapa con estilo: calles con rangos de direcciones, barrios con población, el límite de la ciudad, bienes comunitarios, puntos de referencia, marcadores de milla de las carreteras e incidentes simulados. Los albergues de apoyo a víctimas son sensibles y se omiten a menos que marque la opción. Los registros de licencias (CSV y Excel) están en la carpeta resources/sample del complemento.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="67"/>
        <source>Include sensitive assets (shelters)</source>
        <translation>Incluir bienes sensibles (albergues)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="72"/>
        <source>Sample GeoPackage</source>
        <translation>GeoPackage de muestra</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="72"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="77"/>
        <source>Sample layers</source>
        <translation>Capas de muestra</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="102"/>
        <source>Wrote {} synthetic sample layers to {}</source>
        <translation>Se escribieron {} capas sintéticas de muestra en {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="89"/>
        <source>Canceled: {} was left as it was.</source>
        <translation>Cancelado: {} quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>PrintAtlasAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="43"/>
        <source>Print the community atlas (PDF)</source>
        <translation>Imprimir el atlas comunitario (PDF)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="46"/>
        <source>A PDF atlas in your QGIS language (English or Spanish): a cover with an overview map, the ranked communities table, the date, the classification and the risk model (expert-weighted or fitted), then one page per neighbourhood in rank order: the relative-risk grid, licensed outlets, conflicts and community assets, the neighbourhood&apos;s profile, a legend, a scale bar, a north arrow and a source note.

Neighbourhoods: the output of Community risk profiles (name, rank, risk and outlet fields). Sensitive places (shelters and the other sensitive categories or flags) are removed from every layer and legend before anything is drawn.

The layout comes from resources/layouts/infosegura_atlas.qpt: open it in the layout designer (Project &gt; Layout Manager &gt; from template), restyle it, keep the item ids, save it as a template and give it here.</source>
        <translation>Un atlas en PDF en el idioma de su QGIS (inglés o español): una portada con un mapa general, la tabla de comunidades ordenadas, la fecha, la clasificación y el modelo de riesgo (ponderado por expertos o ajustado), y luego una página por barrio en orden de riesgo: la cuadrícula de riesgo relativo, los expendios con licencia, los conflictos y los bienes comunitarios, el perfil del barrio, una leyenda, una barra de escala, una flecha de norte y una nota de fuentes.

Barrios: el resultado de Perfiles de riesgo comunitario (nombre, puesto, campos de riesgo y de expendios). Los lugares sensibles (albergues y las demás categorías o marcas sensibles) se quitan de todas las capas y leyendas antes de dibujar nada.

El diseño viene de resources/layouts/infosegura_atlas.qpt: ábralo en el diseñador de impresión (Proyecto &gt; Administrador de diseños &gt; desde plantilla), cambie su estilo, conserve los identificadores de los elementos, guárdelo como plantilla e indíquelo aquí.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="61"/>
        <source>Community risk profiles (one page per neighbourhood)</source>
        <translation>Perfiles de riesgo comunitario (una página por barrio)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="64"/>
        <source>Neighbourhood name field</source>
        <translation>Campo de nombre del barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="66"/>
        <source>Risk grid (risk terrain or hot spot output)</source>
        <translation>Cuadrícula de riesgo (resultado del terreno de riesgo o de los puntos calientes)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="69"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="71"/>
        <source>Proximity conflicts</source>
        <translation>Conflictos de proximidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="73"/>
        <source>Community assets (sensitive places are never drawn)</source>
        <translation>Bienes comunitarios (los lugares sensibles nunca se dibujan)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="76"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="76"/>
        <source>Communities at risk</source>
        <translation>Comunidades en riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="78"/>
        <source>Risk model label</source>
        <translation>Etiqueta del modelo de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="78"/>
        <source>As recorded with the risk grid</source>
        <translation>La registrada con la cuadrícula de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="131"/>
        <source>expert-weighted</source>
        <translation>ponderado por expertos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="133"/>
        <source>fitted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="83"/>
        <source>Layout template (.qpt; empty: the InfoSegura atlas)</source>
        <translation>Plantilla de diseño (.qpt; vacío: el atlas de InfoSegura)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="88"/>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="88"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="90"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="101"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="118"/>
        <source>Canceled: no atlas was written.</source>
        <translation>Cancelado: no se escribió ningún atlas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="120"/>
        <source>The atlas {} was not written: {}</source>
        <translation>No se escribió el atlas {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="122"/>
        <source>{} sensitive places were left off the maps.</source>
        <translation>Se dejaron fuera de los mapas {} lugares sensibles.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="123"/>
        <source>Atlas {}: a cover and {} neighbourhood pages ({}).</source>
        <translation>Atlas {}: una portada y {} páginas de barrio ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="138"/>
        <source>The risk grid does not record which model made it: the atlas says &apos;not recorded&apos;. Choose the model label in the advanced parameters.</source>
        <translation>La cuadrícula de riesgo no registra qué modelo la hizo: el atlas dice 'no registrado'. Elija la etiqueta del modelo en los parámetros avanzados.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/print_atlas.py" line="140"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>ProximityConflictsAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="51"/>
        <source>Proximity conflicts (outlets near schools, churches, ...)</source>
        <translation>Conflictos de proximidad (expendios cerca de escuelas, iglesias, ...)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="70"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="71"/>
        <source>Outlet identifier field (empty: licence_id)</source>
        <translation>Campo identificador del expendio (vacío: licence_id)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="74"/>
        <source>Outlet name field (empty: premises)</source>
        <translation>Campo de nombre del expendio (vacío: premises)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="77"/>
        <source>Outlet category field (empty: category)</source>
        <translation>Campo de categoría del expendio (vacío: category)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="80"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="81"/>
        <source>Asset identifier field (empty: asset_id)</source>
        <translation>Campo identificador del bien (vacío: asset_id)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="84"/>
        <source>Asset name field (empty: name)</source>
        <translation>Campo de nombre del bien (vacío: name)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="86"/>
        <source>Asset category field</source>
        <translation>Campo de categoría del bien</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="88"/>
        <source>Asset categories (comma-separated)</source>
        <translation>Categorías de bienes (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="90"/>
        <source>Distance (m): pairs strictly closer are conflicts</source>
        <translation>Distancia (m): los pares estrictamente más cercanos son conflictos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="93"/>
        <source>Proximity conflicts</source>
        <translation>Conflictos de proximidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="95"/>
        <source>Number of conflicts</source>
        <translation>Número de conflictos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="109"/>
        <source>The distance must be more than 0 m.</source>
        <translation>La distancia debe ser mayor que 0 m.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="112"/>
        <source>Give at least one asset category (for example: school, church).</source>
        <translation>Indique al menos una categoría de bien (por ejemplo: school, church).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="115"/>
        <source>The assets layer {} has no field {}.</source>
        <translation>La capa de bienes {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="122"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="161"/>
        <source>Canceled: no conflict layer was written.</source>
        <translation>Cancelado: no se escribió ninguna capa de conflictos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="147"/>
        <source>The outlets layer {} has no point.</source>
        <translation>La capa de expendios {} no tiene ningún punto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="149"/>
        <source>The assets layer {} has no point.</source>
        <translation>La capa de bienes {} no tiene ningún punto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="156"/>
        <source>No asset of {} has the category: {}</source>
        <translation>Ningún bien de {} tiene la categoría: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="165"/>
        <source>{} outlets are closer than the distance to a shelter or other sensitive site; these pairs are not written, so the sites are never exposed.</source>
        <translation>{} expendios están más cerca que la distancia de un albergue u otro sitio sensible; estos pares no se escriben, para que los sitios nunca queden expuestos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="168"/>
        <source>{} outlet-asset pairs closer than {} m ({} assets of {} categories)</source>
        <translation>{} pares expendio-bien a menos de {} m ({} bienes de {} categorías)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="202"/>
        <source>Canceled: the conflict layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de conflictos está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="209"/>
        <source>Could not write the conflict layer: {}</source>
        <translation>No se pudo escribir la capa de conflictos: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="54"/>
        <source>One straight line per licensed outlet and community asset strictly closer than the distance, drawn from the outlet to the asset, with both identities and categories and distance_m. Belize has no distance rule, so the distance is yours to set (metres).

Categories: a comma-separated list of asset categories, matched without regard to case, accents, spaces, underscores, hyphens or plurals: &apos;school&apos; takes &apos;Schools&apos; but not &apos;preschool&apos;.

Sensitive places (shelters, victim services, safe houses and their Spanish names, or a true sensitive, confidential, restricted or private field; see the plugin settings) are never exported: a line ending at one would show where it is. Pairs with them are only counted in the log.

The outlets must be in a projected CRS (metres); the assets are reprojected to it. Identity fields left empty are taken from licence_id / premises / category and asset_id / name when present.</source>
        <translation>Una línea recta por cada par de expendio con licencia y bien comunitario que estén estrictamente más cerca que la distancia, trazada del expendio al bien, con las identidades y categorías de ambos y distance_m. Belice no tiene una norma de distancia, así que usted define la distancia (en metros).

Categorías: una lista de categorías de bienes separadas por comas, que se comparan sin importar mayúsculas, acentos, espacios, guiones bajos, guiones ni plurales: 'school' incluye 'Schools', pero no 'preschool'.

Los lugares sensibles (albergues, servicios a víctimas, casas seguras y sus nombres en inglés, o un campo sensitive, confidential, restricted o private verdadero; vea la configuración del complemento) nunca se exportan: una línea que termine en uno mostraría dónde está. Los pares con ellos solo se cuentan en el registro de mensajes.

Los expendios deben estar en un SRC proyectado (metros); los bienes se reproyectan a él. Los campos de identidad que se dejen vacíos se toman de licence_id / premises / category y asset_id / name cuando existen.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="134"/>
        <source>The categories {} are sensitive: conflicts with them are counted in this log, never written.</source>
        <translation>Las categorías {} son sensibles: los conflictos con ellas se cuentan en este registro, nunca se escriben.</translation>
    </message>
</context>
<context>
    <name>PublicExportAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="43"/>
        <source>Public-safe export (web, press)</source>
        <translation>Exportación pública segura (web, prensa)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="46"/>
        <source>A GeoPackage you may publish. Sensitive places (shelters and the other sensitive categories or flags) never appear: not as points, not in counts, not in conflict lines, not in labels. Personal data is dropped: fields named like licensee, owner, phone, e-mail, ID numbers or notes (the list is yours to extend), and any value that looks like a phone number or an e-mail address.

Incidents are published only as counts per neighbourhood (and per grid cell when you give a grid). A count below the minimum (default 5), zero included, is withheld: the field incidents is empty, suppressed is 1 and the label shows &lt;5. When a withheld count could be worked out from the total, more counts are withheld (complementary suppression), shown the same way.

Licensed premises are published as points only when you tick Premises as points; otherwise as counts per neighbourhood (conflict lines, which start at a premises, follow the same rule). Only matched premises count. Grids keep only cell_id, risk_score, risk_class and gi_class.

What was removed is listed, as counts only, in the log, in the table removal_summary and in the file&apos;s metadata; every table is marked PUBLIC.</source>
        <translation>Un GeoPackage que usted puede publicar. Los lugares sensibles (albergues y las demás categorías o marcas sensibles) nunca aparecen: ni como puntos, ni en conteos, ni en líneas de conflicto, ni en etiquetas. Los datos personales se eliminan: campos con nombres como titular, propietario, teléfono, correo, números de identidad o notas (la lista la puede ampliar usted), y cualquier valor que parezca un número de teléfono o una dirección de correo.

Los incidentes se publican solo como conteos por barrio (y por celda cuando indica una cuadrícula). Un conteo por debajo del mínimo (5 por defecto), cero incluido, se retiene: el campo incidents queda vacío, suppressed vale 1 y la etiqueta muestra &lt;5. Cuando un conteo retenido se pudiera deducir del total, se retienen más conteos (supresión complementaria), mostrados igual.

Los establecimientos con licencia se publican como puntos solo cuando marca Establecimientos como puntos; si no, como conteos por barrio (las líneas de conflicto, que parten de un establecimiento, siguen la misma regla). Solo cuentan los establecimientos emparejados. Las cuadrículas conservan solo cell_id, risk_score, risk_class y gi_class.

Lo que se quitó se indica, solo como conteos, en el registro, en la tabla removal_summary y en los metadatos del archivo; cada tabla queda marcada como PUBLIC.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="64"/>
        <source>Neighbourhoods (or community risk profiles)</source>
        <translation>Barrios (o perfiles de riesgo comunitario)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="66"/>
        <source>Neighbourhood name field</source>
        <translation>Campo de nombre del barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="68"/>
        <source>Incidents (published only as counts)</source>
        <translation>Incidentes (publicados solo como conteos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="70"/>
        <source>Risk grid (optional: risk per cell, incident counts per cell)</source>
        <translation>Cuadrícula de riesgo (opcional: riesgo por celda, conteos de incidentes por celda)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="73"/>
        <source>Licensed premises</source>
        <translation>Establecimientos con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="75"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="77"/>
        <source>Proximity conflicts</source>
        <translation>Conflictos de proximidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="79"/>
        <source>Withhold incident counts below</source>
        <translation>Retener los conteos de incidentes menores que</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="82"/>
        <source>Premises as points (otherwise counts per neighbourhood)</source>
        <translation>Establecimientos como puntos (si no, conteos por barrio)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="85"/>
        <source>More personal-data fields to drop (comma-separated names or name parts)</source>
        <translation>Más campos de datos personales que eliminar (nombres o partes de nombres separados por comas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="89"/>
        <source>Added to the built-in list, which always applies: {}</source>
        <translation>Se suman a la lista incorporada, que siempre se aplica: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="92"/>
        <source>Public export</source>
        <translation>Exportación pública</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="92"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="125"/>
        <source>Canceled: no public export was written.</source>
        <translation>Cancelado: no se escribió ninguna exportación pública.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="127"/>
        <source>The public export {} was not written: {}</source>
        <translation>No se escribió la exportación pública {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="129"/>
        <source>Removed or withheld (counts only):</source>
        <translation>Quitado o retenido (solo conteos):</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/public_export.py" line="132"/>
        <source>Public export {}: {} tables, marked PUBLIC.</source>
        <translation>Exportación pública {}: {} tablas, marcadas como PUBLIC.</translation>
    </message>
</context>
<context>
    <name>PublishPostgisAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="47"/>
        <source>Publish to a shared PostGIS</source>
        <translation>Publicar en un PostGIS compartido</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="50"/>
        <source>Writes the chosen layers into a schema of a shared PostGIS database (one schema per agency or dataset), in one transaction: if anything fails, the previous publication stays exactly as it was. Rows are keyed (licence_id, cell_id, outlet_id + asset_id, asset_id, area name; or the key field you give), so publishing again updates them instead of adding copies, and rows that are gone are removed. Each table gets a published time and its style in layer_styles, so other QGIS users open it styled.

Connect with a PostgreSQL connection saved in QGIS (Browser &gt; PostgreSQL), or with an authentication configuration id plus the database&apos;s host, port and dbname. User names and passwords never go in a parameter, a log or a file.

Sensitive places are left out unless you tick Include sensitive places. With a public schema, the public-safe versions of the layers (the rules of the public export) are written there too, in the same transaction.</source>
        <translation>Escribe las capas elegidas en un esquema de una base de datos PostGIS compartida (un esquema por agencia o conjunto de datos), en una sola transacción: si algo falla, la publicación anterior queda exactamente como estaba. Las filas tienen clave (licence_id, cell_id, outlet_id + asset_id, asset_id, nombre del área; o el campo clave que usted indique), así que publicar de nuevo las actualiza en lugar de añadir copias, y las filas que ya no están se eliminan. Cada tabla recibe una hora de publicación y su estilo en layer_styles, para que otros usuarios de QGIS la abran con estilo.

Conéctese con una conexión PostgreSQL guardada en QGIS (Navegador &gt; PostgreSQL), o con el id de una configuración de autenticación más el host, el puerto y el dbname de la base de datos. Los nombres de usuario y las contraseñas nunca van en un parámetro, un registro ni un archivo.

Los lugares sensibles se excluyen salvo que marque Incluir lugares sensibles. Con un esquema público, las versiones públicas seguras de las capas (las reglas de la exportación pública) también se escriben allí, en la misma transacción.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="66"/>
        <source>Layers to publish</source>
        <translation>Capas que publicar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="68"/>
        <source>Saved PostgreSQL connection</source>
        <translation>Conexión PostgreSQL guardada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="70"/>
        <source>Or: authentication configuration</source>
        <translation>O bien: configuración de autenticación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="72"/>
        <source>With the authentication configuration: host=... port=... dbname=... (no user or password)</source>
        <translation>Con la configuración de autenticación: host=... port=... dbname=... (sin usuario ni contraseña)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="75"/>
        <source>Schema (one per agency or dataset)</source>
        <translation>Esquema (uno por agencia o conjunto de datos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="77"/>
        <source>Key field for layers without a known one</source>
        <translation>Campo clave para las capas sin uno conocido</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="81"/>
        <source>Include sensitive places (shelters)</source>
        <translation>Incluir lugares sensibles (albergues)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="83"/>
        <source>Public schema (optional: public-safe versions of the layers)</source>
        <translation>Esquema público (opcional: versiones públicas seguras de las capas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="86"/>
        <source>Public schema: withhold incident counts below</source>
        <translation>Esquema público: retener los conteos de incidentes menores que</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="91"/>
        <source>Public schema: premises as points</source>
        <translation>Esquema público: establecimientos como puntos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="95"/>
        <source>Tables written</source>
        <translation>Tablas escritas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="96"/>
        <source>Rows written</source>
        <translation>Filas escritas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="102"/>
        <source>Give either a saved PostgreSQL connection or an authentication configuration (not both).</source>
        <translation>Indique una conexión PostgreSQL guardada o una configuración de autenticación (no ambas).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="112"/>
        <source>Choose at least one vector layer to publish.</source>
        <translation>Elija al menos una capa vectorial que publicar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="116"/>
        <source>The public schema must differ from the agency&apos;s schema.</source>
        <translation>El esquema público debe ser distinto del esquema de la agencia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="129"/>
        <source>Public schema {}: removed or withheld (counts only):</source>
        <translation>Esquema público {}: quitado o retenido (solo conteos):</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="132"/>
        <source>Connecting to {}</source>
        <translation>Conectando a {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="139"/>
        <source>Canceled: nothing was published; the previous publication is unchanged.</source>
        <translation>Cancelado: no se publicó nada; la publicación anterior no cambió.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="145"/>
        <source>{} sensitive rows were not published.</source>
        <translation>No se publicaron {} filas sensibles.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="148"/>
        <source>{}.{}: {} rows repeat the key of an earlier row; key_seq numbers them (in a licence register, see the duplicate_licence issue).</source>
        <translation>{}.{}: {} filas repiten la clave de una fila anterior; key_seq las numera (en un registro de licencias, vea el problema duplicate_licence).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/publish_postgis.py" line="151"/>
        <source>{}.{}: {} rows published, {} rows of the previous publication removed.</source>
        <translation>{}.{}: {} filas publicadas, {} filas de la publicación anterior eliminadas.</translation>
    </message>
</context>
<context>
    <name>RememberPlacementsAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="55"/>
        <source>Remember reviewed placements</source>
        <translation>Recordar ubicaciones revisadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="75"/>
        <source>Reviewed premises</source>
        <translation>Establecimientos revisados</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="77"/>
        <source>Address field</source>
        <translation>Campo de dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="79"/>
        <source>Confirmation field (true when checked by hand)</source>
        <translation>Campo de confirmación (verdadero si se revisó a mano)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="82"/>
        <source>Every row with a geometry (the whole layer was reviewed)</source>
        <translation>Todas las filas con geometría (se revisó la capa completa)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="84"/>
        <source>Source (default: the layer name)</source>
        <translation>Fuente (predeterminado: el nombre de la capa)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="93"/>
        <source>Address memory file (default: the one in the settings)</source>
        <translation>Archivo de memoria de direcciones (predeterminado: el de la configuración)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="98"/>
        <source>Placements remembered</source>
        <translation>Ubicaciones recordadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="99"/>
        <source>Address memory file</source>
        <translation>Archivo de memoria de direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="108"/>
        <source>Layer {} has no field {}</source>
        <translation>La capa {} no tiene el campo {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="164"/>
        <source>Remembered {} placements in {}</source>
        <translation>Se recordaron {} ubicaciones en {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="58"/>
        <source>Stores the points of reviewed premises in the address memory, so that next year&apos;s register geocodes them instantly (tick &apos;Use the address memory&apos; in &apos;Geocode licence addresses&apos;; they come out with gc_type &apos;memory&apos;).

A row is remembered when it has a geometry and was placed or confirmed by hand: its gc_type is &apos;manual&apos;, or its confirmation field (default gc_confirmed) is true / 1 / yes. Tick &apos;Every row with a geometry&apos; to remember a layer reviewed as a whole. Addresses are remembered in normalised form (case, accents and punctuation do not matter); a newer confirmation replaces an older one. Each entry records who, when and the source (default: the layer name). The memory file is the one in the plugin settings unless you choose another.

Each placement is remembered with its town, so the same address in two towns is two entries: the town field of the layer when you choose one, else the town polygon that holds the point, else the town the address names.</source>
        <translation>Guarda los puntos de los establecimientos revisados en la memoria de direcciones, para que el registro del próximo año los geocodifique al instante (marque 'Usar la memoria de direcciones' en 'Geocodificar direcciones de licencias'; salen con gc_type 'memory').

Una fila se recuerda cuando tiene geometría y fue ubicada o confirmada a mano: su gc_type es 'manual', o su campo de confirmación (por defecto gc_confirmed) es true / 1 / yes. Marque 'Todas las filas con geometría' para recordar una capa revisada en su totalidad. Las direcciones se recuerdan en forma normalizada (no importan las mayúsculas, los acentos ni la puntuación); una confirmación más reciente reemplaza a una anterior. Cada entrada registra quién, cuándo y la fuente (por defecto: el nombre de la capa). El archivo de memoria es el de la configuración del complemento, a menos que elija otro.

Cada ubicación se recuerda con su pueblo, así que la misma dirección en dos pueblos son dos entradas: el campo de pueblo de la capa si elige uno; si no, el polígono de pueblo que contiene el punto; si no, el pueblo que nombra la dirección.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="86"/>
        <source>Town field (optional)</source>
        <translation>Campo de pueblo (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="88"/>
        <source>Towns and villages (polygons, optional)</source>
        <translation>Pueblos y aldeas (polígonos, opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="91"/>
        <source>Town name field</source>
        <translation>Campo del nombre del pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="121"/>
        <source>The layer {} has no coordinate reference system (or an unknown one): its points cannot be remembered where they are. Set its CRS (Layer Properties &gt; Source) and run again; nothing was remembered.</source>
        <translation>La capa {} no tiene sistema de referencia de coordenadas (o tiene uno desconocido): sus puntos no se pueden recordar donde están. Asigne su SRC (Propiedades de la capa &gt; Fuente) y vuelva a ejecutar; no se recordó nada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/remember_placements.py" line="162"/>
        <source>{} rows could not be converted to WGS 84 and were not remembered (for example: {}).</source>
        <translation>{} filas no se pudieron convertir a WGS 84 y no se recordaron (por ejemplo: {}).</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="385"/>
        <source>Review addresses</source>
        <translation>Revisar direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="141"/>
        <source>Choose a geocoded layer (one with gc_status, gc_score... fields).</source>
        <translation>Elija una capa geocodificada (con los campos gc_status, gc_score...).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="144"/>
        <source>{} tied, {} unmatched, {} low score, {} reviewed</source>
        <translation>{} empatadas, {} no ubicadas, {} con puntuación baja, {} revisadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="187"/>
        <source>Nothing left to review here. Save the reviewed placements to the address memory, then save the layer edits.</source>
        <translation>No queda nada por revisar aquí. Guarde las ubicaciones revisadas en la memoria de direcciones y luego guarde los cambios de la capa.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="193"/>
        <source>{} - {}</source>
        <translation>{} - {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="193"/>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="223"/>
        <source>Select a row to review first.</source>
        <translation>Primero elija una fila para revisar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="246"/>
        <source>This row has no candidate {}.</source>
        <translation>Esta fila no tiene candidato {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="269"/>
        <source>Click where the premises is (Esc cancels).</source>
        <translation>Haga clic donde está el establecimiento (Esc cancela).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="308"/>
        <source>Layer {} has no address field to edit.</source>
        <translation>La capa {} no tiene un campo de dirección que corregir.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="315"/>
        <source>The geocoder could not be built.</source>
        <translation>No se pudo construir el geocodificador.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="332"/>
        <source>Geocoded again: {} ({:.0f}), {} candidates. Take one (1-9) or confirm (Enter).</source>
        <translation>Geocodificada de nuevo: {} ({:.0f}), {} candidatos. Tome uno (1-9) o confirme (Intro).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="336"/>
        <source>Building the street index for the project data...</source>
        <translation>Construyendo el índice de calles de los datos del proyecto...</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="349"/>
        <source>No reviewed row with a point yet: nothing to remember.</source>
        <translation>Aún no hay filas revisadas con punto: nada que recordar.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/review/review_dock.py" line="356"/>
        <source>Remembered {} placements in {}</source>
        <translation>Se recordaron {} ubicaciones en {}</translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>expert-weighted</source>
        <translation>ponderado por expertos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>Near an on-premise outlet (bar, night club, restaurant with licence)</source>
        <translation>Cerca de un expendio de consumo en el local (bar, club nocturno, restaurante con licencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>High density of licensed outlets</source>
        <translation>Alta densidad de expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>Near an off-premise outlet (liquor store, shop)</source>
        <translation>Cerca de un expendio para llevar (licorería, tienda)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>Near the bus terminal</source>
        <translation>Cerca de la terminal de autobuses</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>Near a market</source>
        <translation>Cerca de un mercado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>Near a police station (protective)</source>
        <translation>Cerca de una estación de policía (protector)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/model_text.py" line="20"/>
        <source>Default risk terrain model: relative risk values are provisional expert-style weights chosen by the plugin developers (not fitted to data, not yet reviewed by the pilot&apos;s expert panel). Have them reviewed, or fit them (give INCIDENTS) once incident data are available.</source>
        <translation>Modelo de terreno de riesgo predeterminado: los riesgos relativos son pesos provisionales de tipo experto elegidos por los desarrolladores del complemento (no ajustados a datos ni revisados aún por el panel de expertos del piloto). Haga que los revisen, o ajústelos (indique INCIDENTS) cuando haya datos de incidentes.</translation>
    </message>
</context>
<context>
    <name>RiskTerrainAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="69"/>
        <source>Risk terrain model (grid)</source>
        <translation>Modelo de terreno de riesgo (cuadrícula)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="72"/>
        <source>Risk Terrain Modeling (Caplan and Kennedy) on a grid of whole hexagon or square cells: every cell that intersects the study area, measured at its centre. Each cell gets the number of licensed outlets in it (outlet_count), the quartic kernel density of outlets within the kernel radius (outlet_kde, QGIS Heatmap&apos;s raw quartic), the distance to the nearest outlet (dist_outlet), one 0/1 field per model factor, the relative risk score (risk_score: product of the relative risks of the factors present, lowest cell = 1) and a risk class (very low to very high, equal steps of ln(risk_score)). Outlets just outside the study area count too.

Without a model file the bundled expert-weighted Belmopan model is used. Give incidents and the weights are fitted instead (Poisson and negative binomial regression, stepwise by BIC). Give later incidents for validation and the report shows the hit rate and the Predictive Accuracy Index for the top 5, 10 and 20% of the area.

The study area must be in a projected CRS (metres); the point layers are reprojected to it. An empty outlets layer is an error; a study area without outlets gives a valid grid (outlets nearby still count) with a warning.</source>
        <translation>Modelado de terreno de riesgo (Risk Terrain Modeling, de Caplan y Kennedy) sobre una cuadrícula de celdas hexagonales o cuadradas completas: cada celda que interseca el área de estudio, medida en su centro. Cada celda recibe el número de expendios con licencia que contiene (outlet_count), la densidad kernel cuártica de expendios dentro del radio del kernel (outlet_kde, la cuártica sin escalar del Mapa de calor de QGIS), la distancia al expendio más cercano (dist_outlet), un campo 0/1 por cada factor del modelo, la puntuación de riesgo relativo (risk_score: producto de los riesgos relativos de los factores presentes, celda más baja = 1) y una clase de riesgo (de muy bajo a muy alto, en pasos iguales de ln(risk_score)). Los expendios que están justo fuera del área de estudio también cuentan.

Sin archivo de modelo, se usa el modelo de Belmopan incluido, ponderado por expertos. Si indica incidentes, los pesos se ajustan a ellos (regresión de Poisson y binomial negativa, por pasos según el BIC). Si indica incidentes posteriores para validación, el informe muestra la tasa de aciertos y el índice de precisión predictiva (PAI) para el 5, 10 y 20% del área de mayor riesgo.

El área de estudio debe estar en un SRC proyectado (metros); las capas de puntos se reproyectan a ese SRC. Una capa de expendios vacía es un error; un área de estudio sin expendios da una cuadrícula válida (los expendios cercanos siguen contando) con una advertencia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="92"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="93"/>
        <source>Outlet category field</source>
        <translation>Campo de categoría del expendio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="95"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="97"/>
        <source>Asset category field</source>
        <translation>Campo de categoría del bien</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="249"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="101"/>
        <source>Cell size (m)</source>
        <translation>Tamaño de celda (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="103"/>
        <source>Grid type</source>
        <translation>Tipo de cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="103"/>
        <source>Hexagon</source>
        <translation>Hexágono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="103"/>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="105"/>
        <source>Kernel radius for outlet density (m)</source>
        <translation>Radio del kernel para la densidad de expendios (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="108"/>
        <source>Risk model (JSON; empty: expert-weighted Belmopan model)</source>
        <translation>Modelo de riesgo (JSON; vacío: modelo de Belmopan ponderado por expertos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="111"/>
        <source>Incidents to fit the model (optional)</source>
        <translation>Incidentes para ajustar el modelo (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="113"/>
        <source>Later incidents for validation (optional)</source>
        <translation>Incidentes posteriores para validación (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="130"/>
        <source>Risk terrain grid</source>
        <translation>Cuadrícula de terreno de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="145"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="145"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="153"/>
        <source>The study area layer could not be read.</source>
        <translation>No se pudo leer la capa del área de estudio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="159"/>
        <source>The study area {} has no polygon.</source>
        <translation>El área de estudio {} no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="166"/>
        <source>The study area {} has no area.</source>
        <translation>El área de estudio {} no tiene superficie.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="212"/>
        <source>The outlets layer {} has no point: there is nothing to model. Check the layer and any filter on it.</source>
        <translation>La capa de expendios {} no tiene ningún punto: no hay nada que modelar. Revise la capa y cualquier filtro aplicado a ella.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="216"/>
        <source>The incidents layer {} has no point to fit the model to.</source>
        <translation>La capa de incidentes {} no tiene ningún punto al que ajustar el modelo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="218"/>
        <source>The validation incidents layer {} has no point.</source>
        <translation>La capa de incidentes de validación {} no tiene ningún punto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="228"/>
        <source>Risk model: {} ({} factors)</source>
        <translation>Modelo de riesgo: {} ({} factores)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="238"/>
        <source>Canceled: no grid was written.</source>
        <translation>Cancelado: no se escribió ninguna cuadrícula.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="241"/>
        <source>{} cells intersect the study area {}</source>
        <translation>{} celdas intersecan el área de estudio {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="242"/>
        <source>Computed in {} s ({})</source>
        <translation>Calculado en {} s ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="250"/>
        <source>Outlets</source>
        <translation>Expendios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="250"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="251"/>
        <source>Assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="251"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="252"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="252"/>
        <source>hexagon</source>
        <translation>hexágono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="252"/>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="253"/>
        <source>Kernel radius</source>
        <translation>Radio del kernel</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="254"/>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="115"/>
        <source>Add Gi* hot spots of (gi_z, gi_p, gi_class)</source>
        <translation>Agregar puntos calientes Gi* de (gi_z, gi_p, gi_class)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="115"/>
        <source>No hot spots</source>
        <translation>Sin puntos calientes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="119"/>
        <source>Getis-Ord Gi* on the grid itself (cells sharing an edge or a vertex, analytic p-values, Benjamini-Hochberg FDR), in the same pass: use it for large grids. The Hot spots tool offers permutations and distance bands.</source>
        <translation>Getis-Ord Gi* sobre la propia cuadrícula (celdas que comparten un borde o un vértice, valores p analíticos, FDR de Benjamini-Hochberg), en la misma pasada: úselo para cuadrículas grandes. La herramienta Puntos calientes ofrece permutaciones y bandas de distancia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="184"/>
        <source>{} sensitive places (shelters, victim services, ...) of {} are left out of every factor.</source>
        <translation>{} lugares sensibles (albergues, servicios a víctimas, ...) de {} quedan fuera de todos los factores.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="123"/>
        <source>Maximum number of cells</source>
        <translation>Número máximo de celdas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="127"/>
        <source>The grid&apos;s size is estimated first (cells, time, disk) and a larger grid is refused before any work. National Belize at 100 m has about 2.3 million cells.</source>
        <translation>Primero se estima el tamaño de la cuadrícula (celdas, tiempo, disco) y una cuadrícula más grande se rechaza antes de hacer nada. Belice entero a 100 m tiene unos 2,3 millones de celdas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="133"/>
        <source>Risk terrain grid: only cells with a non-zero score</source>
        <translation>Cuadrícula de terreno de riesgo: solo celdas con puntuación distinta de cero</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="135"/>
        <source>Write only the cells that hold an outlet, have outlet density above zero or have a model factor present; the raster keeps every cell.</source>
        <translation>Escribir solo las celdas que contienen un expendio, tienen densidad de expendios mayor que cero o tienen presente un factor del modelo; el ráster conserva todas las celdas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="138"/>
        <source>Risk terrain raster (GeoTIFF, square grids)</source>
        <translation>Ráster de terreno de riesgo (GeoTIFF, cuadrículas cuadradas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="141"/>
        <source>One band per measure (outlet_count, outlet_kde, dist_outlet, risk_score, risk_class 1-5, and gi_z, gi_class with hot spots), tiled, compressed, with overviews, styled like the grid. Square grids only.</source>
        <translation>Una banda por medida (outlet_count, outlet_kde, dist_outlet, risk_score, risk_class 1-5, y gi_z, gi_class con puntos calientes), en teselas, comprimido, con vistas generales y con el mismo estilo que la cuadrícula. Solo cuadrículas cuadradas.</translation>
    </message>
</context>
<context>
    <name>RunAnalysisAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="89"/>
        <source>Run the whole analysis (register to results)</source>
        <translation>Ejecutar todo el análisis (del registro a los resultados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="92"/>
        <source>One run from a licence register file to every result, written into one folder: import the register, geocode its addresses, find outlets near community assets, build the risk terrain grid, find its hot spots and profile the communities; then, when those tools are installed, pack the analysis bundle, print the community atlas and write the public-safe export.

Each step is the InfoSegura tool of the same name, run with the parameters given here; only the premises the geocoder matched without doubt are analysed (tied and unmatched rows stay in licensed_premises for review).

The folder receives infosegura_results.gpkg (licence_register, licensed_premises, proximity_conflicts, risk_terrain, hot_spots, community_profiles, each styled), risk_terrain_report.html, risk_terrain.tif with a square grid, and infosegura_bundle.gpkg, infosegura_atlas.pdf and infosegura_public.gpkg when those tools are available. A failed or canceled run leaves the results of an earlier run in the folder as they were. The log ends with a summary: rows, matched, tied and unmatched, conflicts and the five communities at highest risk.</source>
        <translation>Una sola ejecución desde un archivo de registro de licencias hasta todos los resultados, escritos en una carpeta: importar el registro, geocodificar sus direcciones, buscar expendios cerca de bienes comunitarios, construir la cuadrícula de terreno de riesgo, buscar sus puntos calientes y perfilar las comunidades; después, cuando esas herramientas están instaladas, empaquetar el paquete de análisis, imprimir el atlas de comunidades y escribir la exportación apta para el público.

Cada paso es la herramienta de InfoSegura del mismo nombre, ejecutada con los parámetros dados aquí; solo se analizan los establecimientos que el geocodificador ubicó sin duda (las filas empatadas y no ubicadas quedan en licensed_premises para revisión).

La carpeta recibe infosegura_results.gpkg (licence_register, licensed_premises, proximity_conflicts, risk_terrain, hot_spots, community_profiles, cada una con su estilo), risk_terrain_report.html, risk_terrain.tif con una cuadrícula cuadrada, e infosegura_bundle.gpkg, infosegura_atlas.pdf e infosegura_public.gpkg cuando esas herramientas están disponibles. Una ejecución fallida o cancelada deja tal como estaban los resultados de una ejecución anterior en la carpeta. El registro termina con un resumen: filas, ubicadas, empatadas y no ubicadas, conflictos y las cinco comunidades de mayor riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="131"/>
        <source>Licence register file (CSV, Excel, ODS)</source>
        <translation>Archivo del registro de licencias (CSV, Excel, ODS)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="131"/>
        <source>Licence registers ({});;All files (*.*)</source>
        <translation>Registros de licencias ({});;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="134"/>
        <source>Sheet (name or number, workbooks only)</source>
        <translation>Hoja (nombre o número, solo para libros)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="136"/>
        <source>Reference date for expiry (YYYY-MM-DD, empty = today)</source>
        <translation>Fecha de referencia para el vencimiento (AAAA-MM-DD, vacío = hoy)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="138"/>
        <source>Streets</source>
        <translation>Calles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="140"/>
        <source>Street name field</source>
        <translation>Campo de nombre de calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="141"/>
        <source>Other street names field (separated by ;)</source>
        <translation>Campo de otros nombres de calle (separados por ;)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="143"/>
        <source>Left side: first house number</source>
        <translation>Lado izquierdo: primer número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="143"/>
        <source>Left side: last house number</source>
        <translation>Lado izquierdo: último número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="143"/>
        <source>Right side: first house number</source>
        <translation>Lado derecho: primer número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="143"/>
        <source>Right side: last house number</source>
        <translation>Lado derecho: último número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="150"/>
        <source>Neighbourhoods</source>
        <translation>Barrios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="152"/>
        <source>Neighbourhood name field</source>
        <translation>Campo de nombre del barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="153"/>
        <source>Population field (empty: &apos;population&apos; when present)</source>
        <translation>Campo de población (vacío: 'population' si existe)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="155"/>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="157"/>
        <source>Landmark name field</source>
        <translation>Campo de nombre del punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="158"/>
        <source>Highway mile markers</source>
        <translation>Marcadores de milla de las carreteras</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="163"/>
        <source>Use the address memory (placements confirmed before)</source>
        <translation>Usar la memoria de direcciones (ubicaciones confirmadas antes)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="165"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="167"/>
        <source>Asset category field</source>
        <translation>Campo de categoría del bien</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="168"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="170"/>
        <source>Incidents to fit the risk model (optional)</source>
        <translation>Incidentes para ajustar el modelo de riesgo (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="172"/>
        <source>Risk model (JSON; empty: expert-weighted Belmopan model)</source>
        <translation>Modelo de riesgo (JSON; vacío: modelo de Belmopan ponderado por expertos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="175"/>
        <source>Cell size (m)</source>
        <translation>Tamaño de celda (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="177"/>
        <source>Grid type</source>
        <translation>Tipo de cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="177"/>
        <source>Hexagon</source>
        <translation>Hexágono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="177"/>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="179"/>
        <source>Kernel radius for outlet density (m)</source>
        <translation>Radio del kernel para la densidad de expendios (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="182"/>
        <source>Conflict distance (m): outlets closer to an asset are conflicts</source>
        <translation>Distancia de conflicto (m): los expendios más cercanos a un bien son conflictos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="185"/>
        <source>Asset categories for conflicts (comma-separated)</source>
        <translation>Categorías de bienes para los conflictos (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="188"/>
        <source>Hot spots of</source>
        <translation>Puntos calientes de</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="190"/>
        <source>False discovery rate correction for hot spots (Benjamini-Hochberg)</source>
        <translation>Corrección por tasa de falsos descubrimientos para los puntos calientes (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="192"/>
        <source>Title of the bundle and the atlas</source>
        <translation>Título del paquete y del atlas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="192"/>
        <source>InfoSegura analysis</source>
        <translation>Análisis InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="194"/>
        <source>Results folder</source>
        <translation>Carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="196"/>
        <source>Results GeoPackage</source>
        <translation>GeoPackage de resultados</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="197"/>
        <source>Register rows</source>
        <translation>Filas del registro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="197"/>
        <source>Matched rows</source>
        <translation>Filas ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="197"/>
        <source>Tied rows</source>
        <translation>Filas empatadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="197"/>
        <source>Unmatched rows</source>
        <translation>Filas no ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="197"/>
        <source>Proximity conflicts</source>
        <translation>Conflictos de proximidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="201"/>
        <source>The five communities at highest risk</source>
        <translation>Las cinco comunidades de mayor riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="201"/>
        <source>Analysis bundle</source>
        <translation>Paquete de análisis</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="201"/>
        <source>Community atlas</source>
        <translation>Atlas de comunidades</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="201"/>
        <source>Public export</source>
        <translation>Exportación pública</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="210"/>
        <source>Street town field (national street layers)</source>
        <translation>Campo de ciudad de la calle (capas nacionales de calles)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="213"/>
        <source>Towns and villages</source>
        <translation>Ciudades y pueblos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="216"/>
        <source>Town name field</source>
        <translation>Campo de nombre de la ciudad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="160"/>
        <source>Minimum score to accept a match (0-100)</source>
        <translation>Puntuación mínima para aceptar una ubicación (0-100)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/run_analysis.py" line="218"/>
        <source>Town of the streets that name none</source>
        <translation>Ciudad de las calles que no indican ninguna</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Church</source>
        <translation>Iglesia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Health centre</source>
        <translation>Centro de salud</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Park</source>
        <translation>Parque</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Playground</source>
        <translation>Parque infantil</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Community centre</source>
        <translation>Centro comunitario</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Youth centre</source>
        <translation>Centro juvenil</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Bus terminal</source>
        <translation>Terminal de autobuses</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="30"/>
        <source>Shelter (sensitive)</source>
        <translation>Albergue (sensible)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="124"/>
        <source>Very high</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="124"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="124"/>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="124"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="124"/>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="43"/>
        <source>No risk data</source>
        <translation>Sin datos de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="70"/>
        <source>Matched</source>
        <translation>Ubicado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="70"/>
        <source>Tied: review (shown at the best candidate)</source>
        <translation>Empatado: revisar (se muestra en el mejor candidato)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="70"/>
        <source>Unmatched (no location)</source>
        <translation>No ubicado (sin ubicación)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="75"/>
        <source>Hot spot, 99% confidence</source>
        <translation>Punto caliente, 99 % de confianza</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="75"/>
        <source>Hot spot, 95% confidence</source>
        <translation>Punto caliente, 95 % de confianza</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="75"/>
        <source>Hot spot, 90% confidence</source>
        <translation>Punto caliente, 90 % de confianza</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="75"/>
        <source>Not significant</source>
        <translation>No significativo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="75"/>
        <source>Cold spot, 90% confidence</source>
        <translation>Punto frío, 90 % de confianza</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="75"/>
        <source>Cold spot, 95% confidence</source>
        <translation>Punto frío, 95 % de confianza</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="75"/>
        <source>Cold spot, 99% confidence</source>
        <translation>Punto frío, 99 % de confianza</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="84"/>
        <source>Period 1</source>
        <translation>Periodo 1</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="84"/>
        <source>Period 2</source>
        <translation>Periodo 2</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="88"/>
        <source>On premise (bars, clubs, hotels, restaurants)</source>
        <translation>Consumo en el local (bares, clubes, hoteles, restaurantes)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="88"/>
        <source>Off premise (shops, stores, wholesale)</source>
        <translation>Para llevar (tiendas, almacenes, mayoristas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="88"/>
        <source>Occasional (special events)</source>
        <translation>Ocasional (eventos especiales)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="88"/>
        <source>Unknown class</source>
        <translation>Clase desconocida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="131"/>
        <source>Highway</source>
        <translation>Carretera</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="131"/>
        <source>Ring road</source>
        <translation>Carretera de circunvalación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="131"/>
        <source>Boulevard</source>
        <translation>Bulevar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="131"/>
        <source>Collector</source>
        <translation>Calle colectora</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="131"/>
        <source>Local street</source>
        <translation>Calle local</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Intensifying hot spot</source>
        <translation>Punto caliente en intensificación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Persistent hot spot</source>
        <translation>Punto caliente persistente</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Consecutive hot spot</source>
        <translation>Punto caliente consecutivo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>New hot spot</source>
        <translation>Nuevo punto caliente</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Diminishing hot spot</source>
        <translation>Punto caliente en disminución</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Sporadic hot spot</source>
        <translation>Punto caliente esporádico</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Oscillating hot spot</source>
        <translation>Punto caliente oscilante</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Historical hot spot</source>
        <translation>Punto caliente histórico</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Intensifying cold spot</source>
        <translation>Punto frío en intensificación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Persistent cold spot</source>
        <translation>Punto frío persistente</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Consecutive cold spot</source>
        <translation>Punto frío consecutivo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>New cold spot</source>
        <translation>Nuevo punto frío</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Diminishing cold spot</source>
        <translation>Punto frío en disminución</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Sporadic cold spot</source>
        <translation>Punto frío esporádico</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Oscillating cold spot</source>
        <translation>Punto frío oscilante</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>Historical cold spot</source>
        <translation>Punto frío histórico</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="51"/>
        <source>No pattern detected</source>
        <translation>Sin patrón detectado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="98"/>
        <source>&lt;5 (fewer than 5, or withheld to protect a small count)</source>
        <translation>&lt;5 (menos de 5, o retenido para proteger un conteo pequeño)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="98"/>
        <source>50 or more</source>
        <translation>50 o más</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="102"/>
        <source>3 or more fewer outlets</source>
        <translation>3 o más expendios menos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="102"/>
        <source>1 or 2 fewer</source>
        <translation>1 o 2 menos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="102"/>
        <source>as many as before</source>
        <translation>tantos como antes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="102"/>
        <source>1 or 2 more</source>
        <translation>1 o 2 más</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="102"/>
        <source>3 or more additional outlets</source>
        <translation>3 o más expendios adicionales</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="109"/>
        <source>New premises</source>
        <translation>Establecimiento nuevo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="109"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="109"/>
        <source>Moved</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="109"/>
        <source>Class of licence changed</source>
        <translation>Cambio de clase de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="109"/>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/legend_labels.py" line="109"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
</context>
</TS>
