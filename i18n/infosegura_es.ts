<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../infosegura_plugin/core/geopackage.py" line="88"/>
        <source>Could not write {} to {}: {}</source>
        <translation>No se pudo escribir {} en {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="70"/>
        <source>The Belmopan sample has no layer {}</source>
        <translation>La muestra de Belmopan no tiene la capa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="305"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="306"/>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="307"/>
        <source>not an address</source>
        <translation>no es una dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="308"/>
        <source>P.O. box</source>
        <translation>apartado postal</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/addresses/parser.py" line="309"/>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="121"/>
        <source>Cannot open the address memory {}: {}</source>
        <translation>No se puede abrir la memoria de direcciones {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="173"/>
        <source>Cannot create the address memory {}: {}</source>
        <translation>No se puede crear la memoria de direcciones {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="213"/>
        <source>Cannot write the address memory {}: {}</source>
        <translation>No se puede escribir la memoria de direcciones {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocode_rows.py" line="151"/>
        <source>Register coordinates far from the streets were ignored; {}</source>
        <translation>Se ignoraron las coordenadas del registro, que están lejos de las calles; {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="123"/>
        <source>Coordinates given in the register</source>
        <translation>Coordenadas indicadas en el registro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="182"/>
        <source>Remembered placement ({})</source>
        <translation>Ubicación recordada ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="165"/>
        <source>Best candidate {} scored {:.0f}, below the minimum {:.0f}</source>
        <translation>El mejor candidato, {}, obtuvo {:.0f} puntos, por debajo del mínimo de {:.0f}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="319"/>
        <source>No mile marker for mile {:g} of {}; placed on the highway</source>
        <translation>No hay marcador para la milla {:g} de {}; se ubicó sobre la carretera</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="323"/>
        <source>Mile {:g} marker of {}</source>
        <translation>Marcador de la milla {:g} de {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="323"/>
        <source>Mile {:g} of {}, between two mile markers</source>
        <translation>Milla {:g} de {}, entre dos marcadores de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="326"/>
        <source>Mile {:g}, {}</source>
        <translation>Milla {:g}, {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="349"/>
        <source>Corner of {} and {}</source>
        <translation>Esquina de {} y {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="357"/>
        <source>{} and {} do not meet</source>
        <translation>{} y {} no se cruzan</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="412"/>
        <source>Only the area {} is given; placed inside it</source>
        <translation>Solo se indica el área {}; se ubicó dentro de ella</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="105"/>
        <source>Choose the {} field of layer {}</source>
        <translation>Elija el campo de {} de la capa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="109"/>
        <source>Layer {} has no field {} ({})</source>
        <translation>La capa {} no tiene el campo {} ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="162"/>
        <source>street name</source>
        <translation>nombre de calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="163"/>
        <source>street aliases</source>
        <translation>otros nombres de calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="165"/>
        <source>address range</source>
        <translation>rango de direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="187"/>
        <source>area name</source>
        <translation>nombre de área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="219"/>
        <source>landmark name</source>
        <translation>nombre del punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="220"/>
        <source>landmark aliases</source>
        <translation>otros nombres del punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="221"/>
        <source>landmark kind</source>
        <translation>tipo de punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="232"/>
        <source>highway name</source>
        <translation>nombre de carretera</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="233"/>
        <source>mile</source>
        <translation>milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="268"/>
        <source>by {}, {}, from {}</source>
        <translation>por {}, {}, fuente: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="301"/>
        <source>Layer {} has no street lines with a name in field {}</source>
        <translation>La capa {} no tiene líneas de calle con nombre en el campo {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="49"/>
        <source>{} ({})</source>
        <translation>{} ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="44"/>
        <source>{} &amp; {} ({})</source>
        <translation>{} &amp; {} ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="45"/>
        <source>{} &amp; {}</source>
        <translation>{} &amp; {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="53"/>
        <source>No. {} on the left side of {} (range {}-{})</source>
        <translation>N.º {} en el lado izquierdo de {} (rango {}-{})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="54"/>
        <source>No. {} on the right side of {} (range {}-{})</source>
        <translation>N.º {} en el lado derecho de {} (rango {}-{})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="58"/>
        <source>Placed on {}: the address gives no house number</source>
        <translation>Ubicado en {}: la dirección no indica número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="60"/>
        <source>No. {} is outside the address ranges of {}; placed on the street</source>
        <translation>El n.º {} está fuera de los rangos de direcciones de {}; se ubicó sobre la calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="62"/>
        <source>{} has no address ranges; placed on the street</source>
        <translation>{} no tiene rangos de direcciones; se ubicó sobre la calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="65"/>
        <source>{}, in {}</source>
        <translation>{}, en {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="70"/>
        <source>Opposite {} (placed at the landmark)</source>
        <translation>Frente a {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="72"/>
        <source>Behind {} (placed at the landmark)</source>
        <translation>Detrás de {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="74"/>
        <source>Next to {} (placed at the landmark)</source>
        <translation>Al lado de {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="76"/>
        <source>Near {} (placed at the landmark)</source>
        <translation>Cerca de {} (ubicado en el punto de referencia)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="77"/>
        <source>At {}</source>
        <translation>En {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="81"/>
        <source>Blank address</source>
        <translation>Dirección en blanco</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="83"/>
        <source>A post office box, not a place</source>
        <translation>Un apartado postal, no un lugar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="85"/>
        <source>A phone number, not an address</source>
        <translation>Un número de teléfono, no una dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="86"/>
        <source>Not an address</source>
        <translation>No es una dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="99"/>
        <source>No streets named like {} and {}</source>
        <translation>No hay calles con nombres parecidos a {} y {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="101"/>
        <source>No street named like {}</source>
        <translation>No hay ninguna calle con un nombre parecido a {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="103"/>
        <source>No landmark fits {}</source>
        <translation>Ningún punto de referencia coincide con {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="105"/>
        <source>No area or landmark named {}</source>
        <translation>No hay ningún área ni punto de referencia llamado {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="107"/>
        <source>Nothing in the address to locate</source>
        <translation>La dirección no contiene nada que se pueda ubicar</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="124"/>
        <source>{} streets named {}; the area given does not decide</source>
        <translation>{} calles se llaman {}; el área indicada no permite decidir</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="125"/>
        <source>{} streets named {}; no area given</source>
        <translation>{} calles se llaman {}; no se indica el área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="131"/>
        <source>{} meet at {} places; the area given does not decide</source>
        <translation>{} se cruzan en {} lugares; el área indicada no permite decidir</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="132"/>
        <source>{} meet at {} places; no area given</source>
        <translation>{} se cruzan en {} lugares; no se indica el área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="137"/>
        <source>{} landmarks fit: {}</source>
        <translation>{} puntos de referencia coinciden: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="138"/>
        <source>{} candidates within {:.0f} points of each other and over {:.0f} m apart: {}</source>
        <translation>{} candidatos a menos de {:.0f} puntos entre sí y separados por más de {:.0f} m: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/print_map.py" line="112"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/print_map.py" line="150"/>
        <source>Could not write the map image {}</source>
        <translation>No se pudo escribir la imagen del mapa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/print_map.py" line="167"/>
        <source>Could not write the map PDF {}</source>
        <translation>No se pudo escribir el PDF del mapa {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="64"/>
        <source>{}: the category map cannot be read ({}).</source>
        <translation>{}: no se puede leer la tabla de equivalencias de categorías ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="74"/>
        <source>{}: the category map is not valid JSON ({}).</source>
        <translation>{}: la tabla de equivalencias de categorías no es un JSON válido ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="76"/>
        <source>{}: the category map must be a JSON object of class: category.</source>
        <translation>{}: la tabla de equivalencias de categorías debe ser un objeto JSON de la forma clase: categoría.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="90"/>
        <source>{}: line {}: &apos;{}&apos; is not a category; use one of on_premise, off_premise, occasional, unknown.</source>
        <translation>{}: línea {}: '{}' no es una categoría; use una de estas: on_premise, off_premise, occasional, unknown.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/ods.py" line="29"/>
        <source>{}: the workbook is encrypted (protected by a password). Open it, remove the password and save it again.</source>
        <translation>{}: el libro está cifrado (protegido con contraseña). Ábralo, quite la contraseña y vuelva a guardarlo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="247"/>
        <source>{}: the workbook is damaged and cannot be read ({}).</source>
        <translation>{}: el libro está dañado y no se puede leer ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="54"/>
        <source>{} is a text file: the sheet &apos;{}&apos; is ignored.</source>
        <translation>{} es un archivo de texto: se ignora la hoja '{}'.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="72"/>
        <source>{}: the import was cancelled.</source>
        <translation>{}: se canceló la importación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="80"/>
        <source>{}: the header is there but no licence is listed below it.</source>
        <translation>{}: el encabezado está presente, pero no hay ninguna licencia debajo de él.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="105"/>
        <source>The reference date &apos;{}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La fecha de referencia '{}' no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="111"/>
        <source>{}: the file does not exist.</source>
        <translation>{}: el archivo no existe.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="113"/>
        <source>{}: this is a folder, not a register file.</source>
        <translation>{}: es una carpeta, no un archivo de registro.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="117"/>
        <source>{}: the file cannot be read ({}).</source>
        <translation>{}: no se puede leer el archivo ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="191"/>
        <source>{}: the file is empty.</source>
        <translation>{}: el archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="126"/>
        <source>{}: the workbook has no sheets.</source>
        <translation>{}: el libro no tiene hojas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="156"/>
        <source>{}: there is no sheet &apos;{}&apos;. The sheets are: {} (or give a number from 1 to {}).</source>
        <translation>{}: no existe la hoja '{}'. Las hojas son: {} (o indique un número del 1 al {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="190"/>
        <source>{}: the sheet &apos;{}&apos; is empty.</source>
        <translation>{}: la hoja '{}' está vacía.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="193"/>
        <source>{}: no header found: none of the first {} rows has headings such as Licence No., Premises, Licensee, Address, Class, Issued or Expiry. The first row reads: {}</source>
        <translation>{}: no se encontró el encabezado: ninguna de las primeras {} filas tiene títulos como Licence No., Premises, Licensee, Address, Class, Issued o Expiry. La primera fila dice: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="223"/>
        <source>{}: there is no column &apos;{}&apos; (asked for as the {} column). The columns are: {}</source>
        <translation>{}: no existe la columna '{}' (indicada como columna {}). Las columnas son: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="233"/>
        <source>{}: no column looks like an address (Address, Location, Dirección...). The columns are: {}. Name the address column with ADDRESS_FIELD.</source>
        <translation>{}: ninguna columna parece una dirección (Address, Location, Dirección...). Las columnas son: {}. Indique la columna de dirección con ADDRESS_FIELD.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/reader.py" line="241"/>
        <source>(column {} without heading)</source>
        <translation>(columna {} sin encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="119"/>
        <source>{} text, {}-separated</source>
        <translation>texto {}, separado por {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="121"/>
        <source>sheet &apos;{}&apos;</source>
        <translation>hoja '{}'</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="123"/>
        <source>Read {} rows from {} ({}; header on row {}).</source>
        <translation>Se leyeron {} filas de {} ({}; encabezado en la fila {}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="126"/>
        <source>Columns: {}.</source>
        <translation>Columnas: {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="129"/>
        <source>{} rows have issues.</source>
        <translation>{} filas tienen problemas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="136"/>
        <source>Status on {}: {} active, {} expired, {} unknown.</source>
        <translation>Estado al {}: {} vigentes, {} vencidas, {} con estado desconocido.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="140"/>
        <source>Categories: {}.</source>
        <translation>Categorías: {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="143"/>
        <source>{} rows have a point from their coordinates (EPSG:32616).</source>
        <translation>{} filas tienen un punto a partir de sus coordenadas (EPSG:32616).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/records.py" line="145"/>
        <source>No usable coordinates: the output is a table for the geocoder.</source>
        <translation>No hay coordenadas utilizables: el resultado es una tabla para el geocodificador.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/text_sources.py" line="71"/>
        <source>{}: the file looks like UTF-16 text but cannot be decoded; save it again as CSV (UTF-8).</source>
        <translation>{}: el archivo parece texto UTF-16, pero no se puede decodificar; vuelva a guardarlo como CSV (UTF-8).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/text_sources.py" line="75"/>
        <source>{}: this is not a text register or a spreadsheet (the file holds binary data).</source>
        <translation>{}: no es un registro de texto ni una hoja de cálculo (el archivo contiene datos binarios).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/text_sources.py" line="116"/>
        <source>{}: cannot be read as delimited text ({}).</source>
        <translation>{}: no se puede leer como texto delimitado ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="63"/>
        <source>{}: this is not a spreadsheet (neither an Excel .xlsx nor an OpenDocument .ods workbook).</source>
        <translation>{}: no es una hoja de cálculo (ni un libro de Excel .xlsx ni un libro OpenDocument .ods).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="76"/>
        <source>{}: this is an OpenDocument file but not a spreadsheet ({}).</source>
        <translation>{}: es un archivo OpenDocument, pero no una hoja de cálculo ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="83"/>
        <source>{}: this is a Word document, not a spreadsheet.</source>
        <translation>{}: es un documento de Word, no una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="84"/>
        <source>{}: this is a zip archive, not a spreadsheet.</source>
        <translation>{}: es un archivo zip, no una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="91"/>
        <source>{}: the workbook is encrypted (protected by a password). Open it in Excel, remove the password and save it again.</source>
        <translation>{}: el libro está cifrado (protegido con contraseña). Ábralo en Excel, quite la contraseña y vuelva a guardarlo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="94"/>
        <source>{}: this is an old Excel 97-2003 (.xls) workbook. Open it in Excel or LibreOffice and save it as .xlsx or .csv.</source>
        <translation>{}: es un libro antiguo de Excel 97-2003 (.xls). Ábralo en Excel o LibreOffice y guárdelo como .xlsx o .csv.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/workbook.py" line="243"/>
        <source>{}: the workbook is damaged: sheet &apos;{}&apos; is listed but missing.</source>
        <translation>{}: el libro está dañado: la hoja '{}' aparece en la lista, pero falta.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="66"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/report.py" line="153"/>
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
        <location filename="../infosegura_plugin/core/risk/report.py" line="81"/>
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
        <location filename="../infosegura_plugin/core/risk/report.py" line="107"/>
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
        <location filename="../infosegura_plugin/core/risk/report.py" line="148"/>
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
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="74"/>
        <source>within {} m</source>
        <translation>a menos de {} m</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="75"/>
        <source>high density (bandwidth {} m, &gt; mean + {} SD)</source>
        <translation>alta densidad (ancho de banda {} m, &gt; media + {} DE)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="113"/>
        <source>Risk model {}: file not found</source>
        <translation>Modelo de riesgo {}: no se encontró el archivo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="115"/>
        <source>Risk model {}: not a readable JSON file ({})</source>
        <translation>Modelo de riesgo {}: no es un archivo JSON legible ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="132"/>
        <source>Risk model {}: the file must hold a JSON object</source>
        <translation>Modelo de riesgo {}: el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="135"/>
        <source>Risk model {}: &apos;label&apos; must be a non-empty text</source>
        <translation>Modelo de riesgo {}: 'label' debe ser un texto no vacío</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="138"/>
        <source>Risk model {}: &apos;factors&apos; must be a non-empty list</source>
        <translation>Modelo de riesgo {}: 'factors' debe ser una lista no vacía</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="143"/>
        <source>Risk model {}: factor {}: &apos;id&apos; {} is used twice</source>
        <translation>Modelo de riesgo {}: factor {}: el 'id' {} se usa dos veces</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="156"/>
        <source>Risk model {}: factor {}: &apos;{}&apos; {}</source>
        <translation>Modelo de riesgo {}: factor {}: '{}' {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="159"/>
        <source>Risk model {}: factor {} must be a JSON object</source>
        <translation>Modelo de riesgo {}: el factor {} debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="164"/>
        <source>is not a known key</source>
        <translation>no es una clave conocida</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="167"/>
        <source>must be lower-case letters, digits and _ (a field name, at most 31 characters)</source>
        <translation>debe contener letras minúsculas, dígitos y _ (un nombre de campo de 31 caracteres como máximo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="172"/>
        <source>must be &apos;outlets&apos; or &apos;assets&apos;</source>
        <translation>debe ser 'outlets' o 'assets'</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="175"/>
        <source>must be a non-empty list of category names (or [&quot;*&quot;] for all)</source>
        <translation>debe ser una lista no vacía de nombres de categoría (o [&quot;*&quot;] para todas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="183"/>
        <source>must be &apos;proximity&apos; or &apos;density&apos;</source>
        <translation>debe ser 'proximity' o 'density'</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="187"/>
        <source>must be a positive number of metres</source>
        <translation>debe ser un número positivo de metros</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="190"/>
        <source>must be a positive number</source>
        <translation>debe ser un número positivo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="196"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="198"/>
        <source>must be below 1 for a protective factor and at least 1 otherwise</source>
        <translation>debe ser menor que 1 para un factor protector y al menos 1 en los demás casos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="201"/>
        <source>must be a number of standard deviations (0 or more)</source>
        <translation>debe ser un número de desviaciones estándar (0 o más)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="204"/>
        <source>must be a field name</source>
        <translation>debe ser un nombre de campo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="209"/>
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
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="314"/>
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
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="148"/>
        <source>Risk model {}: the relative risks multiply to more than 1e300: use values between 1/{} and {}</source>
        <translation>Modelo de riesgo {}: los riesgos relativos multiplicados superan 1e300: use valores entre 1/{} y {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="169"/>
        <source>is the name of a grid field ({}): choose another id</source>
        <translation>es el nombre de un campo de la cuadrícula ({}): elija otro id</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="178"/>
        <source>names sensitive places ({}): a risk layer built on them would show where they are. Remove them from the model (a [&quot;*&quot;] wildcard leaves them out by itself)</source>
        <translation>nombra lugares sensibles ({}): una capa de riesgo construida sobre ellos mostraría dónde están. Quítelos del modelo (el comodín [&quot;*&quot;] los deja fuera por sí solo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="192"/>
        <source>must lie between {} and {} (it is {})</source>
        <translation>debe estar entre {} y {} (es {})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="206"/>
        <source>is a sensitive-flag field: a factor may not select places by it</source>
        <translation>es un campo que marca lugares sensibles: un factor no puede seleccionar lugares por él</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="92"/>
        <source>The folder {} does not exist: choose an existing folder for {}.</source>
        <translation>La carpeta {} no existe: elija una carpeta existente para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="95"/>
        <source>The folder {} is not writable: choose another place for {}.</source>
        <translation>No se puede escribir en la carpeta {}: elija otro lugar para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="102"/>
        <source>Cannot write in the folder {}: {}</source>
        <translation>No se puede escribir en la carpeta {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="141"/>
        <source>The output {} was not written.</source>
        <translation>La salida {} no se escribió.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="153"/>
        <source>Could not move the finished output into place as {}: {}</source>
        <translation>No se pudo poner la salida terminada en su lugar como {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="188"/>
        <source>The output table {} was not written.</source>
        <translation>La tabla de salida {} no se escribió.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="191"/>
        <source>{} is not a GeoPackage this plugin can write to (or it is read-only): choose another file.</source>
        <translation>{} no es un GeoPackage en el que este complemento pueda escribir (o es de solo lectura): elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="200"/>
        <source>Could not write the table {} into {}.</source>
        <translation>No se pudo escribir la tabla {} en {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="203"/>
        <source>Could not start writing to {}: is it open for editing elsewhere?</source>
        <translation>No se pudo empezar a escribir en {}: ¿está abierto para edición en otro programa?</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="210"/>
        <source>Could not save the table {} into {}.</source>
        <translation>No se pudo guardar la tabla {} en {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="226"/>
        <source>Could not replace the table {}.</source>
        <translation>No se pudo reemplazar la tabla {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="234"/>
        <source>Could not rename the table {} to {}.</source>
        <translation>No se pudo renombrar la tabla {} a {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="384"/>
        <source>Interrupted (signal {}): nothing was written; the previous files are kept.</source>
        <translation>Interrumpido (señal {}): no se escribió nada; se conservan los archivos anteriores.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="522"/>
        <source>Interrupted: nothing was written; the previous files are kept.</source>
        <translation>Interrumpido: no se escribió nada; se conservan los archivos anteriores.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="110"/>
        <source>{} exists and is not a GeoPackage: choose another file name (.gpkg), or delete it first.</source>
        <translation>{} existe y no es un GeoPackage: elija otro nombre de archivo (.gpkg) o bórrelo primero.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocoder.py" line="186"/>
        <source>Remembered at {} places: {}</source>
        <translation>Recordada en {} lugares: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="164"/>
        <source>street town</source>
        <translation>pueblo de la calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="199"/>
        <source>town name</source>
        <translation>nombre del pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="90"/>
        <source>In another town ({}), outside the reference layers</source>
        <translation>En otro pueblo ({}), fuera de las capas de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="93"/>
        <source>Only the town {} is given: too coarse to place a premises; place it by hand</source>
        <translation>Solo se indica el pueblo {}: demasiado impreciso para ubicar un establecimiento; ubíquelo a mano</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="109"/>
        <source>{} in {}</source>
        <translation>{} en {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="121"/>
        <source>{} streets named {}, in {}; no town given</source>
        <translation>{} calles llamadas {}, en {}; no se indica el pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="128"/>
        <source>{} meet at {} places, in {}; no town given</source>
        <translation>{} se cruzan en {} lugares, en {}; no se indica el pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/wording.py" line="135"/>
        <source>{} landmarks fit, in {}; no town given: {}</source>
        <translation>{} puntos de referencia coinciden, en {}; no se indica el pueblo: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="325"/>
        <source>{}: the folder {} does not exist. Choose an existing folder for {}.</source>
        <translation>{}: la carpeta {} no existe. Elija una carpeta existente para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="328"/>
        <source>{}: the folder {} is not writable. Choose another folder for {}.</source>
        <translation>{}: no se puede escribir en la carpeta {}. Elija otra carpeta para {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/atomic_files.py" line="332"/>
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
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="83"/>
        <source>The address memory {} is a folder: choose a .gpkg file.</source>
        <translation>La memoria de direcciones {} es una carpeta: elija un archivo .gpkg.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="86"/>
        <source>The address memory {} cannot be made: {} is a file, not a folder. Choose a .gpkg file in a folder.</source>
        <translation>No se puede crear la memoria de direcciones {}: {} es un archivo, no una carpeta. Elija un archivo .gpkg dentro de una carpeta.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="91"/>
        <source>The address memory {} is not a GeoPackage, so it was left untouched: choose the address memory InfoSegura made (a .gpkg file), or a new file name.</source>
        <translation>La memoria de direcciones {} no es un GeoPackage, así que no se tocó: elija la memoria de direcciones que creó InfoSegura (un archivo .gpkg) o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="96"/>
        <source>The address memory {} is read-only, so nothing was remembered: make the file and its folder writable, or choose another file.</source>
        <translation>La memoria de direcciones {} es de solo lectura, así que no se recordó nada: permita escribir en el archivo y su carpeta, o elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="102"/>
        <source>{} is a GeoPackage of other data, not an address memory (it has no table address_memory): choose the address memory InfoSegura made, or a new file name.</source>
        <translation>{} es un GeoPackage con otros datos, no una memoria de direcciones (no tiene la tabla address_memory): elija la memoria de direcciones que creó InfoSegura o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="109"/>
        <source>The table address_memory of {} was not made by InfoSegura (it has no field {}): choose the address memory InfoSegura made, or a new file name.</source>
        <translation>La tabla address_memory de {} no la creó InfoSegura (no tiene el campo {}): elija la memoria de direcciones que creó InfoSegura o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/address_memory.py" line="180"/>
        <source>Cannot open the address memory {}</source>
        <translation>No se puede abrir la memoria de direcciones {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/geocode_rows.py" line="177"/>
        <source>Could not write the geocoded rows: {}</source>
        <translation>No se pudieron escribir las filas geocodificadas: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/geocoding/layers.py" line="271"/>
        <source>{} remembered placements in {} have no usable coordinate reference system and were skipped (for example: {}). Remember them again from a layer with a known CRS.</source>
        <translation>{} ubicaciones recordadas en {} no tienen un sistema de referencia de coordenadas utilizable y se omitieron (por ejemplo: {}). Recuérdelas de nuevo desde una capa con un SRC conocido.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/register/categories.py" line="82"/>
        <source>{}: the category map is not a CSV file of licence class, category ({}).</source>
        <translation>{}: el mapa de categorías no es un archivo CSV de clase de licencia, categoría ({}).</translation>
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
        <location filename="../infosegura_plugin/core/risk/risk_model.py" line="117"/>
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
        <location filename="../infosegura_plugin/core/application_check/report.py" line="98"/>
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
        <location filename="../infosegura_plugin/core/application_check/report.py" line="109"/>
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
        <location filename="../infosegura_plugin/core/application_check/report_pdf.py" line="158"/>
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
</context>
<context>
    <name>AddressLocatorFilter</name>
    <message>
        <location filename="../infosegura_plugin/gui/locator_filter.py" line="108"/>
        <source>Belize addresses (InfoSegura)</source>
        <translation>Direcciones de Belice (InfoSegura)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/locator_filter.py" line="132"/>
        <source>Tied: check the candidates</source>
        <translation>Empatado: revise los candidatos</translation>
    </message>
</context>
<context>
    <name>AlgorithmGroups</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="163"/>
        <source>Licence registers</source>
        <translation>Registros de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="171"/>
        <source>Geocoding</source>
        <translation>Geocodificación</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="179"/>
        <source>Risk analysis</source>
        <translation>Análisis de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/base.py" line="187"/>
        <source>Training</source>
        <translation>Capacitación</translation>
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
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="90"/>
        <source>Community risk profiles</source>
        <translation>Perfiles de riesgo comunitario</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="61"/>
        <source>One row per neighbourhood: licensed outlets in total and by category (on_premise, off_premise, occasional, unknown), area_km2, outlets_per_km2 and outlets_per_1000 residents (empty without a population field), proximity conflicts whose outlet lies in the area, the mean (area-weighted) and highest risk_score of the risk-grid cells whose centre lies in the area, top_risk_share (share of that area in the 'very high' risk class), hotspot_cells (cells with gi_class 2 or 3, when the grid went through the hot spot analysis), risk_level (the typical risk class of its cells) and rank (1 = highest risk: by risk_mean, then outlets per 1,000 residents, then outlets per km², then name).

The risk grid is the output of the risk terrain model (risk_score, risk_class), or of the hot spot analysis run on it (adds gi_class). The areas must be in a projected CRS; the other layers are reprojected to it.</source>
        <translation>Una fila por barrio: expendios con licencia en total y por categoría (on_premise, off_premise, occasional, unknown), area_km2, outlets_per_km2 y outlets_per_1000 (expendios por cada 1000 habitantes; vacío si no hay campo de población), los conflictos de proximidad cuyo expendio está en el área, el risk_score medio (ponderado por área) y máximo de las celdas de la cuadrícula de riesgo cuyo centro está en el área, top_risk_share (proporción del área en la clase de riesgo 'very high', muy alto), hotspot_cells (celdas con gi_class 2 o 3, cuando la cuadrícula pasó por el análisis de puntos calientes), risk_level (la clase de riesgo típica de sus celdas) y rank (1 = mayor riesgo: por risk_mean, luego por expendios por cada 1000 habitantes, luego por expendios por km² y luego por nombre).

La cuadrícula de riesgo es el resultado del modelo de terreno de riesgo (risk_score, risk_class) o del análisis de puntos calientes ejecutado sobre él (añade gi_class). Las áreas deben estar en un SRC proyectado; las demás capas se reproyectan a ese SRC.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="76"/>
        <source>Neighbourhoods</source>
        <translation>Barrios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="77"/>
        <source>Neighbourhood name field</source>
        <translation>Campo de nombre del barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="79"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="81"/>
        <source>Outlet category field</source>
        <translation>Campo de categoría del expendio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="83"/>
        <source>Population field (empty: &apos;population&apos; when present)</source>
        <translation>Campo de población (vacío: 'population' si existe)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="86"/>
        <source>Risk grid (risk terrain or hot spot output)</source>
        <translation>Cuadrícula de riesgo (resultado del terreno de riesgo o de los puntos calientes)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="88"/>
        <source>Proximity conflicts (optional)</source>
        <translation>Conflictos de proximidad (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="170"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="111"/>
        <source>The risk grid {} has no field risk_score: give the output of the risk terrain model (infosegura:riskterrain) or of the hot spot analysis run on it.</source>
        <translation>La cuadrícula de riesgo {} no tiene el campo risk_score: indique el resultado del modelo de terreno de riesgo (infosegura:riskterrain) o del análisis de puntos calientes ejecutado sobre él.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="117"/>
        <source>The risk grid has no gi_class: hotspot_cells stays empty (run the hot spot analysis on the grid first to fill it).</source>
        <translation>La cuadrícula de riesgo no tiene gi_class: hotspot_cells queda vacío (para llenarlo, ejecute primero el análisis de puntos calientes sobre la cuadrícula).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="123"/>
        <source>The outlets layer {} has no category field: every outlet counts as unknown.</source>
        <translation>La capa de expendios {} no tiene campo de categoría: todos los expendios cuentan como de categoría desconocida (unknown).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="128"/>
        <source>The outlets layer {} has no point: every count is 0.</source>
        <translation>La capa de expendios {} no tiene ningún punto: todos los conteos son 0.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="145"/>
        <source>Canceled: no profile layer was written.</source>
        <translation>Cancelado: no se escribió ninguna capa de perfiles.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="147"/>
        <source>No cell of the risk grid {} has its centre in a neighbourhood of {}: the risk columns are empty. Do the layers cover the same place?</source>
        <translation>Ninguna celda de la cuadrícula de riesgo {} tiene su centro en un barrio de {}: las columnas de riesgo están vacías. ¿Cubren las capas el mismo lugar?</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="154"/>
        <source>Highest risk: {}</source>
        <translation>Mayor riesgo: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="178"/>
        <source>The neighbourhoods layer {} has no polygon.</source>
        <translation>La capa de barrios {} no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="223"/>
        <source>The risk grid {} has no cell.</source>
        <translation>La cuadrícula de riesgo {} no tiene ninguna celda.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="251"/>
        <source>Canceled: the profile layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de perfiles está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="262"/>
        <source>Could not write the profiles: {}</source>
        <translation>No se pudieron escribir los perfiles: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/community_profiles.py" line="135"/>
        <source>{} conflict lines of {} end at a sensitive place and are not counted.</source>
        <translation>{} líneas de conflicto de {} terminan en un lugar sensible y no se cuentan.</translation>
    </message>
</context>
<context>
    <name>CompareRegistersAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="59"/>
        <source>Compare two registers (what changed)</source>
        <translation>Comparar dos registros (qué cambió)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="62"/>
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
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="85"/>
        <source>Earlier register (geocoded premises)</source>
        <translation>Registro anterior (establecimientos geocodificados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="87"/>
        <source>Later register (geocoded premises)</source>
        <translation>Registro posterior (establecimientos geocodificados)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="89"/>
        <source>Licence number field (in both registers)</source>
        <translation>Campo de número de licencia (en ambos registros)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="91"/>
        <source>Premises name field</source>
        <translation>Campo de nombre del establecimiento</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="91"/>
        <source>Address field</source>
        <translation>Campo de dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="91"/>
        <source>Licence class field</source>
        <translation>Campo de clase de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="99"/>
        <source>Moved when farther apart than (m)</source>
        <translation>Trasladado cuando están a más de (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="102"/>
        <source>Neighbourhoods for the summary (optional)</source>
        <translation>Barrios para el resumen (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="105"/>
        <source>Neighbourhood name field</source>
        <translation>Campo de nombre del barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="107"/>
        <source>Population field (empty: &apos;population&apos; when present)</source>
        <translation>Campo de población (vacío: 'population' si existe)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="110"/>
        <source>Register changes</source>
        <translation>Cambios del registro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="112"/>
        <source>Moves (old place to new place)</source>
        <translation>Traslados (del lugar antiguo al nuevo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="115"/>
        <source>Changes per neighbourhood</source>
        <translation>Cambios por barrio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="140"/>
        <source>Canceled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="143"/>
        <source>{} premises: {} new, {} closed, {} moved, {} changed class, {} renewed, {} unchanged</source>
        <translation>{} establecimientos: {} nuevos, {} cerrados, {} trasladados, {} con cambio de clase, {} renovados, {} sin cambios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="146"/>
        <source>{} repeated rows (a premises entered twice in a register) were counted with their premises.</source>
        <translation>{} filas repetidas (un establecimiento anotado dos veces en un registro) se contaron con su establecimiento.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="167"/>
        <source>No neighbourhoods given: no summary per neighbourhood.</source>
        <translation>No se indicaron barrios: no hay resumen por barrio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="184"/>
        <source>The registers {} and {} are in a geographic CRS: distances need metres. Reproject one of them to a projected CRS (for Belize, EPSG:32616 WGS 84 / UTM 16N) first.</source>
        <translation>Los registros {} y {} están en un SRC geográfico: las distancias necesitan metros. Reproyecte primero uno de ellos a un SRC proyectado (para Belice, EPSG:32616 WGS 84 / UTM 16N).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="192"/>
        <source>The register {} has no field {}: choose its licence number field, or import it with infosegura:importregister (which writes licence_id).</source>
        <translation>El registro {} no tiene el campo {}: elija su campo de número de licencia, o impórtelo con infosegura:importregister (que escribe licence_id).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="196"/>
        <source>The register {} has neither a premises name nor an address field: premises cannot be matched when their licence numbers change.</source>
        <translation>El registro {} no tiene campo de nombre del establecimiento ni de dirección: los establecimientos no se pueden emparejar cuando cambian sus números de licencia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="201"/>
        <source>The register {} has no rows.</source>
        <translation>El registro {} no tiene filas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="206"/>
        <source>The neighbourhoods layer {} has no CRS.</source>
        <translation>La capa de barrios {} no tiene SRC.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="212"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="220"/>
        <source>The neighbourhoods layer {} has no polygon.</source>
        <translation>La capa de barrios {} no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="268"/>
        <source>Canceled: the change layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de cambios está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/compare_registers.py" line="285"/>
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
    <name>GeocodeAddressesAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="90"/>
        <source>Geocode licence addresses</source>
        <translation>Geocodificar direcciones de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="145"/>
        <source>Licence register (table or layer)</source>
        <translation>Registro de licencias (tabla o capa)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="146"/>
        <source>Address field</source>
        <translation>Campo de dirección</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="148"/>
        <source>Streets</source>
        <translation>Calles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="149"/>
        <source>Street name field</source>
        <translation>Campo de nombre de calle</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="150"/>
        <source>Other street names field (separated by ;)</source>
        <translation>Campo de otros nombres de calle (separados por ;)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="152"/>
        <source>Left side: first house number</source>
        <translation>Lado izquierdo: primer número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="153"/>
        <source>Left side: last house number</source>
        <translation>Lado izquierdo: último número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="154"/>
        <source>Right side: first house number</source>
        <translation>Lado derecho: primer número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="155"/>
        <source>Right side: last house number</source>
        <translation>Lado derecho: último número de casa</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="162"/>
        <source>Area name field</source>
        <translation>Campo de nombre de área</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="163"/>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="164"/>
        <source>Landmark name field</source>
        <translation>Campo de nombre del punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="165"/>
        <source>Other landmark names field (separated by ;)</source>
        <translation>Campo de otros nombres del punto de referencia (separados por ;)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="167"/>
        <source>Landmark kind field</source>
        <translation>Campo de tipo de punto de referencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="168"/>
        <source>Highway mile markers</source>
        <translation>Marcadores de milla de las carreteras</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="169"/>
        <source>Mile marker highway field</source>
        <translation>Campo de carretera del marcador de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="170"/>
        <source>Mile marker mile field</source>
        <translation>Campo de milla del marcador de milla</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="172"/>
        <source>Minimum score to accept a match (0-100)</source>
        <translation>Puntuación mínima para aceptar una ubicación (0-100)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="175"/>
        <source>Use the address memory (placements confirmed before)</source>
        <translation>Usar la memoria de direcciones (ubicaciones confirmadas antes)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="178"/>
        <source>Address memory file (default: the one in the settings)</source>
        <translation>Archivo de memoria de direcciones (predeterminado: el de la configuración)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="183"/>
        <source>Geocoded premises</source>
        <translation>Establecimientos geocodificados</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="185"/>
        <source>Matched rows</source>
        <translation>Filas ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="185"/>
        <source>Tied rows</source>
        <translation>Filas empatadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="185"/>
        <source>Unmatched rows</source>
        <translation>Filas no ubicadas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="203"/>
        <source>Layer {} has no field {}</source>
        <translation>La capa {} no tiene el campo {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="245"/>
        <source>Building the street index...</source>
        <translation>Construyendo el índice de calles...</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="277"/>
        <source>{} matched, {} tied, {} unmatched of {} rows</source>
        <translation>{} ubicadas, {} empatadas, {} no ubicadas de {} filas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="276"/>
        <source>Canceled: the geocoded layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa geocodificada está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="93"/>
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
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="147"/>
        <source>Town field of the register (optional)</source>
        <translation>Campo de pueblo del registro (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="151"/>
        <source>Town or village field of the streets</source>
        <translation>Campo de pueblo o aldea de las calles</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="156"/>
        <source>Town of streets without a town (a street layer of one town)</source>
        <translation>Pueblo de las calles sin pueblo (una capa de calles de un solo pueblo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="159"/>
        <source>Towns and villages (polygons)</source>
        <translation>Pueblos y aldeas (polígonos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="160"/>
        <source>Town name field</source>
        <translation>Campo del nombre del pueblo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="161"/>
        <source>Areas (neighbourhoods, and towns)</source>
        <translation>Zonas (barrios y pueblos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="211"/>
        <source>Choose &apos;{}&apos; for layer {}: none of its fields has a usual name for it</source>
        <translation>Elija «{}» para la capa {}: ninguno de sus campos tiene un nombre habitual para ello</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="240"/>
        <source>Street fields: name {}, town {}, ranges {}</source>
        <translation>Campos de calles: nombre {}, pueblo {}, rangos {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="264"/>
        <source>{} streets from {} segments; towns covered: {}</source>
        <translation>{} calles de {} segmentos; pueblos cubiertos: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="291"/>
        <source>The reference layers name no town (no town field, towns layer or town area) and the register names no town most of the time: addresses naming a town are reported as &apos;in another town&apos;. Give &apos;Town of streets without a town&apos; to place them.</source>
        <translation>Las capas de referencia no nombran ningún pueblo (sin campo de pueblo, capa de pueblos ni zona que sea pueblo) y el registro no nombra un mismo pueblo la mayoría de las veces: las direcciones que nombran un pueblo se informan como «en otro pueblo». Indique «Pueblo de las calles sin pueblo» para ubicarlas.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/geocode_addresses.py" line="298"/>
        <source>The reference layers name no town; the register names {} in {} of the {} rows that name a town, so the street layer is taken to be {}. Set &apos;Town of streets without a town&apos; to choose another.</source>
        <translation>Las capas de referencia no nombran ningún pueblo; el registro nombra {} en {} de las {} filas que nombran un pueblo, así que se toma la capa de calles como {}. Indique «Pueblo de las calles sin pueblo» para elegir otro.</translation>
    </message>
</context>
<context>
    <name>HotspotsAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="52"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Puntos calientes (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="73"/>
        <source>Polygons (for example the risk grid)</source>
        <translation>Polígonos (por ejemplo, la cuadrícula de riesgo)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="75"/>
        <source>Value field</source>
        <translation>Campo de valor</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="77"/>
        <source>Neighbourhood</source>
        <translation>Vecindad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="77"/>
        <source>Contiguity (sharing an edge or a vertex)</source>
        <translation>Contigüidad (comparten un borde o un vértice)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="77"/>
        <source>Distance band (centroids)</source>
        <translation>Banda de distancia (centroides)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="81"/>
        <source>Distance band (m; 0 = smallest giving every polygon a neighbour)</source>
        <translation>Banda de distancia (m; 0 = la más pequeña que da un vecino a cada polígono)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="84"/>
        <source>Permutations (0 = analytic normal p-values)</source>
        <translation>Permutaciones (0 = valores p normales analíticos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="87"/>
        <source>False discovery rate correction (Benjamini-Hochberg)</source>
        <translation>Corrección de la tasa de falsos descubrimientos (Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="89"/>
        <source>Random seed for the permutations</source>
        <translation>Semilla aleatoria para las permutaciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="92"/>
        <source>Hot spots</source>
        <translation>Puntos calientes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="105"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="121"/>
        <source>{} polygons have no value in {} (or no geometry): they are kept with an empty result and are nobody&apos;s neighbour.</source>
        <translation>{} polígonos no tienen valor en {} (o no tienen geometría): se conservan con un resultado vacío y no son vecinos de ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="132"/>
        <source>Pseudo p-values from {} conditional permutations (seed {})</source>
        <translation>Pseudovalores p de {} permutaciones condicionales (semilla {})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="135"/>
        <source>The smallest two-sided pseudo p-value of {} permutations is 2/{}: 99% hot and cold spots need at least 200 permutations (999 is usual).</source>
        <translation>El pseudovalor p bilateral más pequeño con {} permutaciones es 2/{}: los puntos calientes y fríos al 99% necesitan al menos 200 permutaciones (lo habitual es 999).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="139"/>
        <source>{} polygons x {} permutations will take minutes: analytic p-values (0 permutations) are instant.</source>
        <translation>{} polígonos x {} permutaciones tardarán minutos: los valores p analíticos (0 permutaciones) son instantáneos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="146"/>
        <source>Every polygon of {} has the same {}.</source>
        <translation>Todos los polígonos de {} tienen el mismo valor de {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="148"/>
        <source>Gi* failed on {}: {}</source>
        <translation>Gi* falló en {}: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="167"/>
        <source>Canceled: no hot spot layer was written.</source>
        <translation>Cancelado: no se escribió ninguna capa de puntos calientes.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="169"/>
        <source>The layer {} has no features.</source>
        <translation>La capa {} no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="176"/>
        <source>Neighbours: contiguity (sharing an edge or a vertex)</source>
        <translation>Vecinos: contigüidad (comparten un borde o un vértice)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="184"/>
        <source>The polygons&apos; centroids all coincide: no distance band fits.</source>
        <translation>Los centroides de los polígonos coinciden todos: ninguna banda de distancia sirve.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>hot spot 99%</source>
        <translation>punto caliente 99%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>hot spot 95%</source>
        <translation>punto caliente 95%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="192"/>
        <source>hot spot 90%</source>
        <translation>punto caliente 90%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="193"/>
        <source>cold spot 90%</source>
        <translation>punto frío 90%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="193"/>
        <source>cold spot 95%</source>
        <translation>punto frío 95%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="193"/>
        <source>cold spot 99%</source>
        <translation>punto frío 99%</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="195"/>
        <source>Gi* classes: {}</source>
        <translation>Clases de Gi*: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="197"/>
        <source>Significance with the Benjamini-Hochberg false discovery rate correction</source>
        <translation>Significancia con la corrección de la tasa de falsos descubrimientos de Benjamini-Hochberg</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="237"/>
        <source>Canceled: the hot spot layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de puntos calientes está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="242"/>
        <source>Could not write the hot spot layer: {}</source>
        <translation>No se pudo escribir la capa de puntos calientes: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="55"/>
        <source>Getis-Ord Gi* hot spot analysis of a numeric field on polygons (for example the risk grid&apos;s outlet_count or risk_score). Each polygon&apos;s neighbourhood is itself plus the polygons that share an edge or a vertex with it (contiguity; gaps under 1 mm count as shared), or whose centroids lie within the distance band; weights are binary. The z-scores are those of PySAL esda G_Local(star=True) with binary weights.

gi_z: the Gi* z-score. gi_p: the two-sided normal p-value, or with permutations the pseudo p-value of conditional permutations, two-sided: 2 (extreme + 1) / (permutations + 1), at most 1. gi_class: +3/-3 hot/cold spot at 99% confidence (p &lt; 0.01), +2/-2 at 95% (p &lt; 0.05), +1/-1 at 90% (p &lt; 0.10), 0 not significant. With the false discovery rate correction the Benjamini-Hochberg procedure runs over all polygons, separately at each level.

The output keeps the input polygons, their attributes and CRS. The layer must be in a projected CRS; at least 30 polygons with a value are needed; polygons without a value are kept with an empty result. Polygons without neighbours are reported and get gi_class 0 and no z-score. A distance band of 0 uses the smallest distance that gives every polygon a neighbour.</source>
        <translation>Análisis de puntos calientes Getis-Ord Gi* de un campo numérico sobre polígonos (por ejemplo, outlet_count o risk_score de la cuadrícula de riesgo). La vecindad de cada polígono es el propio polígono más los polígonos que comparten con él un borde o un vértice (contigüidad; las separaciones menores de 1 mm cuentan como compartidas), o cuyos centroides están dentro de la banda de distancia; los pesos son binarios. Las puntuaciones z son las de PySAL esda G_Local(star=True) con pesos binarios.

gi_z: la puntuación z de Gi*. gi_p: el valor p normal bilateral o, con permutaciones, el pseudovalor p de las permutaciones condicionales, bilateral: 2 (extremos + 1) / (permutaciones + 1), como máximo 1. gi_class: +3/-3 punto caliente/frío con 99% de confianza (p &lt; 0.01), +2/-2 con 95% (p &lt; 0.05), +1/-1 con 90% (p &lt; 0.10), 0 no significativo. Con la corrección de la tasa de falsos descubrimientos, el procedimiento de Benjamini-Hochberg se aplica a todos los polígonos, por separado en cada nivel.

El resultado conserva los polígonos de entrada, sus atributos y su SRC. La capa debe estar en un SRC proyectado; se necesitan al menos 30 polígonos con valor; los polígonos sin valor se conservan con un resultado vacío. Los polígonos sin vecinos se informan y reciben gi_class 0 y ninguna puntuación z. Una banda de distancia de 0 usa la distancia más pequeña que da al menos un vecino a cada polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/hotspots.py" line="187"/>
        <source>Neighbours: centroids within {} m (about {} per polygon)</source>
        <translation>Vecinos: centroides a menos de {} m (unos {} por polígono)</translation>
    </message>
</context>
<context>
    <name>ImportRegisterAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="53"/>
        <source>Import a licence register</source>
        <translation>Importar un registro de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="56"/>
        <source>Reads a liquor licence register as the licensing board sent it (CSV, TXT, TSV, Excel .xlsx or OpenDocument .ods) and keeps every row exactly once, with its original columns unchanged.

The encoding, the delimiter, a title block above the header and the meaning of each column (English or Spanish headings) are detected; name a column yourself in the advanced parameters when the guess is wrong.

Added fields: licence_id, premises, licensee, address, licence_class, category (on_premise, off_premise, occasional, unknown), status (active, expired, unknown on the reference date), issued_date, expiry_date, source_row (1 = the first row below the header) and issues: the problems of the row, separated by &apos;;&apos; (missing_address, duplicate_licence, expired, bad_date, bad_coordinates, swapped_lat_lon, outside_belize, unknown_class, ...).

Dates are read day first (05/07/2025 is 5 July). When the register has valid coordinates (latitude/longitude or UTM 16N) the output is a point layer in EPSG:32616; otherwise it is a table for the geocoder.

Cells that start with =, +, - or @ are kept as text and never evaluated; they are escaped when the output is written as CSV or a spreadsheet.</source>
        <translation>Lee un registro de licencias de licor tal como lo envió la junta de licencias (CSV, TXT, TSV, Excel .xlsx u OpenDocument .ods) y conserva cada fila exactamente una vez, con sus columnas originales sin cambios.

Se detectan la codificación, el delimitador, un bloque de título sobre el encabezado y el significado de cada columna (encabezados en inglés o en español); si la detección se equivoca, indique usted mismo la columna en los parámetros avanzados.

Campos añadidos: licence_id, premises, licensee, address, licence_class, category (on_premise, off_premise, occasional, unknown), status (active, expired, unknown en la fecha de referencia), issued_date, expiry_date, source_row (1 = la primera fila debajo del encabezado) e issues: los problemas de la fila, separados por ';' (missing_address, duplicate_licence, expired, bad_date, bad_coordinates, swapped_lat_lon, outside_belize, unknown_class, ...).

Las fechas se leen con el día primero (05/07/2025 es el 5 de julio). Cuando el registro tiene coordenadas válidas (latitud/longitud o UTM 16N), el resultado es una capa de puntos en EPSG:32616; si no, es una tabla para el geocodificador.

Las celdas que empiezan con =, +, - o @ se conservan como texto y nunca se evalúan; se escapan cuando el resultado se escribe como CSV o como hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="116"/>
        <source>Licence register</source>
        <translation>Registro de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="77"/>
        <source>Licence registers (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*.*)</source>
        <translation>Registros de licencias (*.csv *.txt *.tsv *.xlsx *.ods);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="85"/>
        <source>Sheet (name or number, workbooks only)</source>
        <translation>Hoja (nombre o número, solo para libros)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="86"/>
        <source>Empty: the first sheet that has a register header. A number counts from 1.</source>
        <translation>Vacío: la primera hoja que tenga un encabezado de registro. Los números cuentan desde 1.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="88"/>
        <source>Licence number column (heading)</source>
        <translation>Columna de número de licencia (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="88"/>
        <source>Premises name column (heading)</source>
        <translation>Columna de nombre del establecimiento (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="88"/>
        <source>Address column (heading)</source>
        <translation>Columna de dirección (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="88"/>
        <source>Licence class column (heading)</source>
        <translation>Columna de clase de licencia (encabezado)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="96"/>
        <source>The heading as written in the register; it wins over detection.</source>
        <translation>El encabezado tal como está escrito en el registro; tiene prioridad sobre la detección.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="98"/>
        <source>Licence class to category map (CSV or JSON)</source>
        <translation>Tabla de equivalencias de clase de licencia a categoría (CSV o JSON)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="98"/>
        <source>Category maps (*.csv *.json)</source>
        <translation>Tablas de equivalencias de categorías (*.csv *.json)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="106"/>
        <source>Two columns: licence_class, category (on_premise, off_premise, occasional, unknown). Its classes win over the bundled Belize mapping; other classes keep the default.</source>
        <translation>Dos columnas: licence_class, category (on_premise, off_premise, occasional, unknown). Sus clases tienen prioridad sobre la tabla de Belice incluida; las demás clases conservan la categoría predeterminada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="111"/>
        <source>Reference date for expiry (YYYY-MM-DD, empty = today)</source>
        <translation>Fecha de referencia para el vencimiento (AAAA-MM-DD, vacío = hoy)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="121"/>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="122"/>
        <source>Rows with issues</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="127"/>
        <source>Choose a licence register file.</source>
        <translation>Elija un archivo de registro de licencias.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="147"/>
        <source>{}: the register cannot be read ({}).</source>
        <translation>{}: no se puede leer el registro ({}).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="180"/>
        <source>{}: the import was cancelled.</source>
        <translation>{}: se canceló la importación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="189"/>
        <source>Cells starting with =, +, - or @ were escaped with an apostrophe for spreadsheets.</source>
        <translation>Las celdas que empiezan con =, +, - o @ se escaparon con un apóstrofo para las hojas de cálculo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/import_register.py" line="200"/>
        <source>{}: the output could not be written ({}).</source>
        <translation>{}: no se pudo escribir el resultado ({}).</translation>
    </message>
</context>
<context>
    <name>InfoSeguraDock</name>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="21"/>
        <source>InfoSegura</source>
        <translation>InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="29"/>
        <source>Map licensed premises and community assets, then find the communities most at risk. Each step opens a tool you can also run from the Processing toolbox.</source>
        <translation>Mapee los establecimientos con licencia y los bienes comunitarios, y luego encuentre las comunidades con mayor riesgo. Cada paso abre una herramienta que también puede ejecutar desde la caja de herramientas de Processing.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="25"/>
        <source>Load the Belmopan sample</source>
        <translation>Cargar la muestra de Belmopan</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="25"/>
        <source>Synthetic streets, neighbourhoods, community assets and landmarks for training.</source>
        <translation>Calles, barrios, bienes comunitarios y puntos de referencia sintéticos para capacitación.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="30"/>
        <source>1. Import a licence register</source>
        <translation>1. Importar un registro de licencias</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="30"/>
        <source>Read a CSV or Excel register as the licensing board sent it; every row is kept and each problem named.</source>
        <translation>Lea un registro CSV o Excel tal como lo envió la junta de licencias; se conserva cada fila y se nombra cada problema.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="35"/>
        <source>2. Geocode addresses</source>
        <translation>2. Geocodificar direcciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="35"/>
        <source>Place each premises on the street map, offline, with a status, a score and a match type.</source>
        <translation>Ubique cada establecimiento en el mapa de calles, sin conexión, con un estado, un puntaje y un tipo de coincidencia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="40"/>
        <source>3. Remember placements</source>
        <translation>3. Recordar ubicaciones</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="40"/>
        <source>Store the points you placed or confirmed by hand, so next year&apos;s register geocodes at once.</source>
        <translation>Guarde los puntos que ubicó o confirmó a mano, para que el registro del próximo año se geocodifique de inmediato.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="45"/>
        <source>4. Outlets near schools</source>
        <translation>4. Expendios cerca de escuelas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="45"/>
        <source>Lines from each outlet to each sensitive place closer than a distance you choose.</source>
        <translation>Líneas de cada expendio a cada lugar sensible más cercano que la distancia que usted elija.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="50"/>
        <source>5. Risk terrain grid</source>
        <translation>5. Cuadrícula de terreno de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="50"/>
        <source>Relative risk from outlet density and proximity, on a hexagon or square grid.</source>
        <translation>Riesgo relativo según la densidad y la proximidad de expendios, en una cuadrícula hexagonal o cuadrada.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="55"/>
        <source>6. Hot spots (Gi*)</source>
        <translation>6. Puntos calientes (Gi*)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="55"/>
        <source>Where high or low values cluster significantly, with false-discovery-rate correction.</source>
        <translation>Dónde se agrupan significativamente los valores altos o bajos, con corrección de la tasa de falsos descubrimientos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="60"/>
        <source>7. Communities at highest risk</source>
        <translation>7. Comunidades de mayor riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="60"/>
        <source>A ranked table of neighbourhoods: outlets, density, conflicts and risk.</source>
        <translation>Una tabla ordenada de barrios: expendios, densidad, conflictos y riesgo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="65"/>
        <source>8. What changed since the last register</source>
        <translation>8. Qué cambió desde el último registro</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="65"/>
        <source>New, closed, moved and renewed premises between two registers, and the net change per neighbourhood.</source>
        <translation>Establecimientos nuevos, cerrados, trasladados y renovados entre dos registros, y el cambio neto por barrio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="70"/>
        <source>9. Emerging hot spots</source>
        <translation>9. Puntos calientes emergentes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="70"/>
        <source>Over several periods: where hot spots are new, growing, lasting or fading.</source>
        <translation>A lo largo de varios periodos: dónde los puntos calientes son nuevos, crecen, se mantienen o se desvanecen.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="75"/>
        <source>10. Check a licence application</source>
        <translation>10. Revisar una solicitud de licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/workflow.py" line="75"/>
        <source>One page for the licensing board: what stands around the proposed premises. Facts, never a verdict.</source>
        <translation>Una página para la junta de licencias: qué hay alrededor del establecimiento propuesto. Hechos, nunca un veredicto.</translation>
    </message>
</context>
<context>
    <name>InfoSeguraPlugin</name>
    <message>
        <location filename="../infosegura_plugin/plugin.py" line="41"/>
        <source>InfoSegura</source>
        <translation>InfoSegura</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/plugin.py" line="44"/>
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
        <location filename="../infosegura_plugin/processing/algorithms/__init__.py" line="33"/>
        <source>{} is not available: {}. On Debian/Ubuntu install python3-shapely; other QGIS installers include it.</source>
        <translation>{} no está disponible: {}. En Debian/Ubuntu instale python3-shapely; los demás instaladores de QGIS lo incluyen.</translation>
    </message>
</context>
<context>
    <name>LoadSampleAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="28"/>
        <source>Load the Belmopan sample (synthetic)</source>
        <translation>Cargar la muestra de Belmopan (sintética)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="31"/>
        <source>Copies the bundled, entirely synthetic Belmopan sample into a GeoPackage and adds it to the map, styled: streets with address ranges, neighbourhoods with population, the city boundary, community assets, landmarks, highway mile markers and simulated incidents. Victim-support shelters are sensitive and are left out unless you tick the option. The licence registers (CSV and Excel) are in the plugin&apos;s resources/sample folder.</source>
        <translation>Copia la muestra de Belmopan incluida, totalmente sintética, en un GeoPackage y la añade al mapa con estilo: calles con rangos de direcciones, barrios con población, el límite de la ciudad, bienes comunitarios, puntos de referencia, marcadores de milla de las carreteras e incidentes simulados. Los albergues de apoyo a víctimas son sensibles y se omiten a menos que marque la opción. Los registros de licencias (CSV y Excel) están en la carpeta resources/sample del complemento.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="41"/>
        <source>Include sensitive assets (shelters)</source>
        <translation>Incluir bienes sensibles (albergues)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="46"/>
        <source>Sample GeoPackage</source>
        <translation>GeoPackage de muestra</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="46"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="51"/>
        <source>Sample layers</source>
        <translation>Capas de muestra</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="69"/>
        <source>Wrote {} synthetic sample layers to {}</source>
        <translation>Se escribieron {} capas sintéticas de muestra en {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="63"/>
        <source>Canceled: {} was left as it was.</source>
        <translation>Cancelado: {} quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>ProximityConflictsAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="52"/>
        <source>Proximity conflicts (outlets near schools, churches, ...)</source>
        <translation>Conflictos de proximidad (expendios cerca de escuelas, iglesias, ...)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="71"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="72"/>
        <source>Outlet identifier field (empty: licence_id)</source>
        <translation>Campo identificador del expendio (vacío: licence_id)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="75"/>
        <source>Outlet name field (empty: premises)</source>
        <translation>Campo de nombre del expendio (vacío: premises)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="78"/>
        <source>Outlet category field (empty: category)</source>
        <translation>Campo de categoría del expendio (vacío: category)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="81"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="82"/>
        <source>Asset identifier field (empty: asset_id)</source>
        <translation>Campo identificador del bien (vacío: asset_id)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="85"/>
        <source>Asset name field (empty: name)</source>
        <translation>Campo de nombre del bien (vacío: name)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="87"/>
        <source>Asset category field</source>
        <translation>Campo de categoría del bien</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="89"/>
        <source>Asset categories (comma-separated)</source>
        <translation>Categorías de bienes (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="91"/>
        <source>Distance (m): pairs strictly closer are conflicts</source>
        <translation>Distancia (m): los pares estrictamente más cercanos son conflictos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="94"/>
        <source>Proximity conflicts</source>
        <translation>Conflictos de proximidad</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="96"/>
        <source>Number of conflicts</source>
        <translation>Número de conflictos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="110"/>
        <source>The distance must be more than 0 m.</source>
        <translation>La distancia debe ser mayor que 0 m.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="113"/>
        <source>Give at least one asset category (for example: school, church).</source>
        <translation>Indique al menos una categoría de bien (por ejemplo: school, church).</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="116"/>
        <source>The assets layer {} has no field {}.</source>
        <translation>La capa de bienes {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="123"/>
        <source>The layer {} has no field {}.</source>
        <translation>La capa {} no tiene el campo {}.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="162"/>
        <source>Canceled: no conflict layer was written.</source>
        <translation>Cancelado: no se escribió ninguna capa de conflictos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="148"/>
        <source>The outlets layer {} has no point.</source>
        <translation>La capa de expendios {} no tiene ningún punto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="150"/>
        <source>The assets layer {} has no point.</source>
        <translation>La capa de bienes {} no tiene ningún punto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="157"/>
        <source>No asset of {} has the category: {}</source>
        <translation>Ningún bien de {} tiene la categoría: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="166"/>
        <source>{} outlets are closer than the distance to a shelter or other sensitive site; these pairs are not written, so the sites are never exposed.</source>
        <translation>{} expendios están más cerca que la distancia de un albergue u otro sitio sensible; estos pares no se escriben, para que los sitios nunca queden expuestos.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="169"/>
        <source>{} outlet-asset pairs closer than {} m ({} assets of {} categories)</source>
        <translation>{} pares expendio-bien a menos de {} m ({} bienes de {} categorías)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="203"/>
        <source>Canceled: the conflict layer is incomplete and must not be used.</source>
        <translation>Cancelado: la capa de conflictos está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="210"/>
        <source>Could not write the conflict layer: {}</source>
        <translation>No se pudo escribir la capa de conflictos: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="55"/>
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
        <location filename="../infosegura_plugin/processing/algorithms/proximity_conflicts.py" line="135"/>
        <source>The categories {} are sensitive: conflicts with them are counted in this log, never written.</source>
        <translation>Las categorías {} son sensibles: los conflictos con ellas se cuentan en este registro, nunca se escriben.</translation>
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
    <name>RiskTerrainAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="71"/>
        <source>Risk terrain model (grid)</source>
        <translation>Modelo de terreno de riesgo (cuadrícula)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="74"/>
        <source>Risk Terrain Modeling (Caplan and Kennedy) on a grid of whole hexagon or square cells: every cell that intersects the study area, measured at its centre. Each cell gets the number of licensed outlets in it (outlet_count), the quartic kernel density of outlets within the kernel radius (outlet_kde, QGIS Heatmap&apos;s raw quartic), the distance to the nearest outlet (dist_outlet), one 0/1 field per model factor, the relative risk score (risk_score: product of the relative risks of the factors present, lowest cell = 1) and a risk class (very low to very high, equal steps of ln(risk_score)). Outlets just outside the study area count too.

Without a model file the bundled expert-weighted Belmopan model is used. Give incidents and the weights are fitted instead (Poisson and negative binomial regression, stepwise by BIC). Give later incidents for validation and the report shows the hit rate and the Predictive Accuracy Index for the top 5, 10 and 20% of the area.

The study area must be in a projected CRS (metres); the point layers are reprojected to it. An empty outlets layer is an error; a study area without outlets gives a valid grid (outlets nearby still count) with a warning.</source>
        <translation>Modelado de terreno de riesgo (Risk Terrain Modeling, de Caplan y Kennedy) sobre una cuadrícula de celdas hexagonales o cuadradas completas: cada celda que interseca el área de estudio, medida en su centro. Cada celda recibe el número de expendios con licencia que contiene (outlet_count), la densidad kernel cuártica de expendios dentro del radio del kernel (outlet_kde, la cuártica sin escalar del Mapa de calor de QGIS), la distancia al expendio más cercano (dist_outlet), un campo 0/1 por cada factor del modelo, la puntuación de riesgo relativo (risk_score: producto de los riesgos relativos de los factores presentes, celda más baja = 1) y una clase de riesgo (de muy bajo a muy alto, en pasos iguales de ln(risk_score)). Los expendios que están justo fuera del área de estudio también cuentan.

Sin archivo de modelo, se usa el modelo de Belmopan incluido, ponderado por expertos. Si indica incidentes, los pesos se ajustan a ellos (regresión de Poisson y binomial negativa, por pasos según el BIC). Si indica incidentes posteriores para validación, el informe muestra la tasa de aciertos y el índice de precisión predictiva (PAI) para el 5, 10 y 20% del área de mayor riesgo.

El área de estudio debe estar en un SRC proyectado (metros); las capas de puntos se reproyectan a ese SRC. Una capa de expendios vacía es un error; un área de estudio sin expendios da una cuadrícula válida (los expendios cercanos siguen contando) con una advertencia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="94"/>
        <source>Licensed outlets</source>
        <translation>Expendios con licencia</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="95"/>
        <source>Outlet category field</source>
        <translation>Campo de categoría del expendio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="97"/>
        <source>Community assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="99"/>
        <source>Asset category field</source>
        <translation>Campo de categoría del bien</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="243"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="103"/>
        <source>Cell size (m)</source>
        <translation>Tamaño de celda (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="105"/>
        <source>Grid type</source>
        <translation>Tipo de cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="105"/>
        <source>Hexagon</source>
        <translation>Hexágono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="105"/>
        <source>Square</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="107"/>
        <source>Kernel radius for outlet density (m)</source>
        <translation>Radio del kernel para la densidad de expendios (m)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="110"/>
        <source>Risk model (JSON; empty: expert-weighted Belmopan model)</source>
        <translation>Modelo de riesgo (JSON; vacío: modelo de Belmopan ponderado por expertos)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="113"/>
        <source>Incidents to fit the model (optional)</source>
        <translation>Incidentes para ajustar el modelo (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="115"/>
        <source>Later incidents for validation (optional)</source>
        <translation>Incidentes posteriores para validación (opcional)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="132"/>
        <source>Risk terrain grid</source>
        <translation>Cuadrícula de terreno de riesgo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="134"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="134"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="142"/>
        <source>The study area layer could not be read.</source>
        <translation>No se pudo leer la capa del área de estudio.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="148"/>
        <source>The study area {} has no polygon.</source>
        <translation>El área de estudio {} no tiene ningún polígono.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="155"/>
        <source>The study area {} has no area.</source>
        <translation>El área de estudio {} no tiene superficie.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="201"/>
        <source>The outlets layer {} has no point: there is nothing to model. Check the layer and any filter on it.</source>
        <translation>La capa de expendios {} no tiene ningún punto: no hay nada que modelar. Revise la capa y cualquier filtro aplicado a ella.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="205"/>
        <source>The incidents layer {} has no point to fit the model to.</source>
        <translation>La capa de incidentes {} no tiene ningún punto al que ajustar el modelo.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="207"/>
        <source>The validation incidents layer {} has no point.</source>
        <translation>La capa de incidentes de validación {} no tiene ningún punto.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="215"/>
        <source>Risk model: {} ({} factors)</source>
        <translation>Modelo de riesgo: {} ({} factores)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="225"/>
        <source>Canceled: no grid was written.</source>
        <translation>Cancelado: no se escribió ninguna cuadrícula.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="228"/>
        <source>{} cells intersect the study area {}</source>
        <translation>{} celdas intersecan el área de estudio {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="229"/>
        <source>Computed in {} s ({})</source>
        <translation>Calculado en {} s ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="234"/>
        <source>Wrote {} cells in {} s</source>
        <translation>Se escribieron {} celdas en {} s</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="236"/>
        <source>Risk terrain ({})</source>
        <translation>Terreno de riesgo ({})</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="244"/>
        <source>Outlets</source>
        <translation>Expendios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="244"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="245"/>
        <source>Assets</source>
        <translation>Bienes comunitarios</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="245"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="246"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="246"/>
        <source>hexagon</source>
        <translation>hexágono</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="246"/>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="247"/>
        <source>Kernel radius</source>
        <translation>Radio del kernel</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="248"/>
        <source>Model file</source>
        <translation>Archivo del modelo</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="293"/>
        <source>Canceled: the grid is incomplete and must not be used.</source>
        <translation>Cancelado: la cuadrícula está incompleta y no debe usarse.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="310"/>
        <source>Could not write the grid: {}</source>
        <translation>No se pudo escribir la cuadrícula: {}</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="117"/>
        <source>Add Gi* hot spots of (gi_z, gi_p, gi_class)</source>
        <translation>Agregar puntos calientes Gi* de (gi_z, gi_p, gi_class)</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="117"/>
        <source>No hot spots</source>
        <translation>Sin puntos calientes</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="121"/>
        <source>Getis-Ord Gi* on the grid itself (cells sharing an edge or a vertex, analytic p-values, Benjamini-Hochberg FDR), in the same pass: use it for large grids. The Hot spots tool offers permutations and distance bands.</source>
        <translation>Getis-Ord Gi* sobre la propia cuadrícula (celdas que comparten un borde o un vértice, valores p analíticos, FDR de Benjamini-Hochberg), en la misma pasada: úselo para cuadrículas grandes. La herramienta Puntos calientes ofrece permutaciones y bandas de distancia.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="173"/>
        <source>{} sensitive places (shelters, victim services, ...) of {} are left out of every factor.</source>
        <translation>{} lugares sensibles (albergues, servicios a víctimas, ...) de {} quedan fuera de todos los factores.</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="125"/>
        <source>Maximum number of cells</source>
        <translation>Número máximo de celdas</translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/risk_terrain.py" line="129"/>
        <source>The grid&apos;s size is estimated first (cells, time, disk) and a larger grid is refused before any work. National Belize at 100 m has about 2.3 million cells.</source>
        <translation>Primero se estima el tamaño de la cuadrícula (celdas, tiempo, disco) y una cuadrícula más grande se rechaza antes de hacer nada. Belice entero a 100 m tiene unos 2,3 millones de celdas.</translation>
    </message>
</context>
</TS>
