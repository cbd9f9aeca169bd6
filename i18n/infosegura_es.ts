<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../infosegura_plugin/core/geopackage.py" line="46"/>
        <source>Could not write {} to {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/core/sample_data.py" line="44"/>
        <source>The Belmopan sample has no layer {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoSeguraDock</name>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="21"/>
        <source>InfoSegura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/gui/dock.py" line="29"/>
        <source>Map licensed premises and community assets, then find the communities most at risk. Each step opens a tool you can also run from the Processing toolbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoSeguraPlugin</name>
    <message>
        <location filename="../infosegura_plugin/plugin.py" line="40"/>
        <source>InfoSegura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/plugin.py" line="43"/>
        <source>Show the InfoSegura panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoSeguraProvider</name>
    <message>
        <location filename="../infosegura_plugin/processing/provider.py" line="16"/>
        <source>InfoSegura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/provider.py" line="19"/>
        <source>InfoSegura: licensed premises, community assets and risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadSampleAlgorithm</name>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="27"/>
        <source>Load the Belmopan sample (synthetic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="30"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="36"/>
        <source>Copies the bundled, entirely synthetic Belmopan sample into a GeoPackage and adds it to the map, styled: streets with address ranges, neighbourhoods with population, the city boundary, community assets, landmarks, highway mile markers and simulated incidents. Victim-support shelters are sensitive and are left out unless you tick the option. The licence registers (CSV and Excel) are in the plugin&apos;s resources/sample folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="46"/>
        <source>Include sensitive assets (shelters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="51"/>
        <source>Sample GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="51"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="56"/>
        <source>Sample layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../infosegura_plugin/processing/algorithms/load_sample.py" line="72"/>
        <source>Wrote {} synthetic sample layers to {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
